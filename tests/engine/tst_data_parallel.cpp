// Data-parallel SGD (issue 17) on fixed seeds: sync with K workers equals one worker with
// the global batch for every rule (float64, 1e-10 relative), one worker equals no
// data_parallel to the bit, stale at τ = 0 equals sync to the bit and is reproducible,
// staleness slows convergence, top-k with error feedback beats plain top-k, and the
// network cost model matches hand-computed cases.
#include "data/DatasetFactory.h"
#include "optim/OptimizerCatalog.h"
#include "parallel/NetworkCost.h"
#include "parallel/TopKSparsifier.h"
#include "train/TrainingRun.h"

#include "RecordedRun.h"

#include <QTest>

#include <cmath>

using namespace kobai;

Q_DECLARE_METATYPE(kobai::OptimizerSpec)

namespace {

/// Lesson-sized: moons with 400 training samples, a 2-16-16-2 MLP.
TrainingSpec moons(long batch, int epochs)
{
    TrainingSpec spec;
    spec.seed = 3;
    spec.dataset = MoonsDataOptions{.n = 500};
    spec.model.hidden = {16, 16};
    spec.optimizer = SgdOptions{.lr = 0.1};
    spec.batch_size = batch;
    spec.epochs = epochs;
    return spec;
}

TrainingSpec parallel(TrainingSpec spec, DataParallelSpec dp)
{
    spec.data_parallel = dp;
    return spec;
}

double relative(double a, double b) { return std::abs(a - b) / std::max(std::abs(b), 1e-300); }

void compareBits(const Run &a, const Run &b)
{
    QCOMPARE(a.recorder.rows.size(), b.recorder.rows.size());
    for (std::size_t e = 0; e < a.recorder.rows.size(); ++e) {
        QCOMPARE(a.recorder.rows[e].train_loss, b.recorder.rows[e].train_loss);
        QCOMPARE(a.recorder.rows[e].val_loss, b.recorder.rows[e].val_loss);
    }
    QCOMPARE(a.result.parameters, b.result.parameters);
}

} // namespace

class DataParallel : public QObject {
    Q_OBJECT
private slots:
    void syncEqualsTheGlobalBatch_data();
    void syncEqualsTheGlobalBatch();
    void oneWorkerIsNoDataParallel();
    void staleZeroIsSync();
    void staleIsReproducibleAndSlower();
    void columnsCountWorkersBatchesAndBytes();
    void topKKeepsTheLargest();
    void errorFeedbackBeatsPlainTopK();
    void costModelByHand();
    void asyncTrains();
    void wholeSetBatchesEndEachEpoch();
};

void DataParallel::syncEqualsTheGlobalBatch_data()
{
    QTest::addColumn<OptimizerSpec>("optimizer");
    QTest::addColumn<int>("workers");
    // Without augmentation each worker gathers its own shard from the data set; with it
    // the caller gathers and augments the whole batch (draws in batch order) and the
    // workers copy their shards: both paths must give the large batch's run.
    QTest::addColumn<double>("inputNoise");
    for (const RuleEntry &rule : allRules())
        for (const int workers : {2, 4})
            QTest::newRow(qPrintable(QString::fromStdString(rule.name) +
                                     (rule.variant == RuleVariant::Textbook ? " (textbook)" : "") +
                                     QStringLiteral(" K=%1").arg(workers)))
                << *defaultRule(rule.variant, rule.name) << workers << 0.0;
    QTest::newRow("SGD K=2 input noise") << *defaultRule(RuleVariant::PyTorch, "SGD") << 2 << 0.05;
    QTest::newRow("Adam K=4 input noise") << *defaultRule(RuleVariant::PyTorch, "Adam") << 4 << 0.05;
}

void DataParallel::syncEqualsTheGlobalBatch()
{
    QFETCH(OptimizerSpec, optimizer);
    QFETCH(int, workers);
    QFETCH(double, inputNoise);
    // 12 per worker on 409 training samples: the last global batch of each epoch has 1 sample
    // (K = 2: shards of 0 and 1) or 25 (K = 4: 6 + 6 + 6 + 7), so weighting by shard size counts.
    constexpr long perWorker = 12;
    TrainingSpec one = moons(perWorker * workers, 4);
    one.dataset = MoonsDataOptions{.n = 511};
    const Eigen::Index samples = makeDataset(one.dataset, one.seed).train.size();
    QCOMPARE(samples, Eigen::Index{409});
    QVERIFY(samples % (perWorker * workers) % workers != 0);
    one.optimizer = optimizer;
    one.regularization.l2 = 1e-3; // added once, after the average
    one.clip_grad_norm = 5.0;
    one.augmentation.input_noise = inputNoise;
    TrainingSpec spec = one;
    spec.batch_size = perWorker;
    spec = parallel(spec, {.workers = workers});
    const Run a = train(one);
    const Run b = train(spec);
    QCOMPARE(b.recorder.batchLosses.size(), a.recorder.batchLosses.size());
    QCOMPARE(b.recorder.rows.size(), a.recorder.rows.size());
    for (std::size_t e = 0; e < a.recorder.rows.size(); ++e) {
        const EpochRecord &x = a.recorder.rows[e];
        const EpochRecord &y = b.recorder.rows[e];
        QVERIFY2(relative(y.train_loss, x.train_loss) <= 1e-10,
                 qPrintable(QStringLiteral("epoch %1: %2 vs %3").arg(e).arg(y.train_loss, 0, 'g', 17)
                                .arg(x.train_loss, 0, 'g', 17)));
        QVERIFY(relative(y.val_loss, x.val_loss) <= 1e-10);
        QCOMPARE(y.updates, x.updates);
    }
    QVERIFY(relative(b.recorder.batchLosses.back(), a.recorder.batchLosses.back()) <= 1e-10);
    // And the runs did move: the comparison is not between two unchanged networks.
    QVERIFY(a.recorder.rows.back().train_loss != a.recorder.rows.front().train_loss);
}

void DataParallel::oneWorkerIsNoDataParallel()
{
    TrainingSpec spec = moons(20, 3);
    spec.model.dropout = 0.2; // worker 0 draws the one-worker run's masks
    compareBits(train(parallel(spec, {.workers = 1})), train(spec));
}

void DataParallel::staleZeroIsSync()
{
    TrainingSpec spec = moons(10, 3);
    spec.model.dropout = 0.1;
    spec.optimizer = AdamOptions{.lr = 0.01};
    const Run sync = train(parallel(spec, {.workers = 3}));
    const Run stale = train(parallel(spec, {.workers = 3, .mode = DataParallelMode::Stale, .staleness = 0}));
    compareBits(stale, sync);
    QCOMPARE(stale.recorder.rows.back().parallel->staleness_max, 0LL);
}

void DataParallel::staleIsReproducibleAndSlower()
{
    const TrainingSpec spec = moons(10, 10);
    const Run sync = train(parallel(spec, {.workers = 2}));
    const DataParallelSpec dp{.workers = 2, .mode = DataParallelMode::Stale, .staleness = 16};
    const Run stale = train(parallel(spec, dp));
    compareBits(train(parallel(spec, dp)), stale);
    const std::vector<EpochRecord> &rows = stale.recorder.rows;
    QCOMPARE(rows[1].parallel->staleness_max, 16LL);
    // Epoch 1 (20 updates): the first 16 updates are read 0 … 15 updates late, then 16.
    QCOMPARE(rows[1].parallel->staleness_mean, (120.0 + 4 * 16.0) / 20.0);
    QCOMPARE(rows[2].parallel->staleness_mean, 16.0);
    // The histogram the lesson's chart draws: 0 … 15 once each, then 16 four times; all at 16 after.
    std::vector<long long> first(16, 1);
    first.push_back(4);
    QCOMPARE(rows[1].parallel->staleness_counts, first);
    std::vector<long long> later(16, 0);
    later.push_back(20);
    QCOMPARE(rows[2].parallel->staleness_counts, later);
    QCOMPARE(sync.recorder.rows[1].parallel->staleness_counts, (std::vector<long long>{20}));
    QVERIFY(rows[1].train_loss != sync.recorder.rows[1].train_loss);
    for (std::size_t e : {2u, 5u, 10u})
        QVERIFY2(rows[e].train_loss > sync.recorder.rows[e].train_loss,
                 qPrintable(QStringLiteral("epoch %1: stale %2, sync %3").arg(e).arg(rows[e].train_loss)
                                .arg(sync.recorder.rows[e].train_loss)));
}

void DataParallel::columnsCountWorkersBatchesAndBytes()
{
    const TrainingSpec spec = moons(25, 2);
    const Run run = train(parallel(spec, {.workers = 4}));
    const std::size_t parameters = run.result.parameters.size(); // 2·16 + 16 + 16·16 + 16 + 16·2 + 2 = 354
    QCOMPARE(parameters, std::size_t{354});
    const EpochRecord &first = run.recorder.rows[1];
    QVERIFY(first.parallel);
    QCOMPARE(first.parallel->workers, 4);
    QCOMPARE(first.parallel->global_batch, 100L);
    QCOMPARE(first.updates, 4LL);
    // Each worker sends its whole float64 gradient every update; bytes_sent adds up.
    QCOMPARE(first.parallel->bytes_sent, 4.0 * 4 * 354 * 8);
    QCOMPARE(run.recorder.rows[2].parallel->bytes_sent, 2 * 4.0 * 4 * 354 * 8);
    QCOMPARE(first.parallel->staleness_max, 0LL);
    QVERIFY(first.parallel->modelled_seconds > 0.0);
    QVERIFY(!train(spec).recorder.rows[1].parallel);
    // top_k 0.1: ⌊35.4⌋ = 35 values of 8 bytes and 35 indices of 4.
    const Run sparse = train(parallel(spec, {.workers = 4, .compression = CompressionSpec{.top_k = 0.1}}));
    QCOMPARE(sparse.recorder.rows[1].parallel->bytes_sent, 4.0 * 4 * 35 * 12);
}

void DataParallel::topKKeepsTheLargest()
{
    Vector<double> g(6);
    g << 0.5, -3.0, 1.0, -1.0, 2.0, 0.25;
    TopKSparsifier<double> plain(CompressionSpec{.top_k = 0.5, .error_feedback = false}, 6);
    Vector<double> sent = g;
    plain.compress(sent);
    Vector<double> expected(6);
    expected << 0, -3.0, 1.0, 0, 2.0, 0; // |1| = |−1|: the lower index wins
    QCOMPARE(sent, expected);
    QCOMPARE(plain.residual(), Vector<double>::Zero(6).eval());
    // Error feedback: everything sent so far plus what waits equals the gradients' sum.
    TopKSparsifier<double> feedback(CompressionSpec{.top_k = 1.0 / 6.0, .error_feedback = true}, 6);
    Vector<double> total = Vector<double>::Zero(6);
    for (int step = 0; step < 5; ++step) {
        Vector<double> s = g;
        feedback.compress(s);
        QCOMPARE((s.array() != 0.0).count(), Eigen::Index{1});
        total += s;
    }
    QVERIFY((total + feedback.residual() - 5 * g).norm() < 1e-12);
    // The entry that waits longest is sent at last.
    QVERIFY(total(0) != 0.0 || total(5) != 0.0 || total(2) != 0.0);
    // f = 1 sends everything, whatever the feedback.
    TopKSparsifier<double> whole(CompressionSpec{.top_k = 1.0, .error_feedback = true}, 6);
    Vector<double> all = g;
    whole.compress(all);
    QCOMPARE(all, g);
    QCOMPARE(whole.bytesPerUpdate(), 6.0 * 12);
}

void DataParallel::errorFeedbackBeatsPlainTopK()
{
    TrainingSpec spec = moons(10, 20);
    const auto finalLoss = [&](bool errorFeedback) {
        const DataParallelSpec dp{.workers = 2,
                                  .compression = CompressionSpec{.top_k = 0.01, .error_feedback = errorFeedback}};
        return train(parallel(spec, dp)).recorder.rows.back().train_loss;
    };
    const double withFeedback = finalLoss(true);
    const double plain = finalLoss(false);
    QVERIFY2(withFeedback < plain, qPrintable(QStringLiteral("error feedback %1, plain %2").arg(withFeedback).arg(plain)));
}

void DataParallel::costModelByHand()
{
    // 1 GbE ring, K = 4, S = 1 MB: 2·3/4 · 1e6 B / 1.25e8 B/s = 12 ms, + 2·3·50 µs = 0.3 ms.
    const NetworkSpec ring{.latency_us = 50, .bandwidth_gbps = 1, .topology = NetworkTopology::Ring};
    QVERIFY(std::abs(communicationSeconds(ring, 4, 1e6) - 0.0123) < 1e-12);
    QVERIFY(std::abs(modelledUpdateSeconds(0.01, 1e6, 4, ring) - 0.0223) < 1e-12);
    // One worker in a ring sends nothing.
    QCOMPARE(communicationSeconds(ring, 1, 1e6), 0.0);
    // A parameter server, 10 Gb/s, K = 8, S = 318 040 B (the Fashion-MNIST MLP in float32):
    // 8 · 318040 / 1.25e9 = 2.035456 ms, + 2 · 5 µs.
    const NetworkSpec server{.latency_us = 5, .bandwidth_gbps = 10, .topology = NetworkTopology::ParameterServer};
    QVERIFY(std::abs(communicationSeconds(server, 8, 318040) - 0.002045456) < 1e-12);
    // No network: the workers share memory.
    QCOMPARE(modelledUpdateSeconds(0.25, 1e9, 64, std::nullopt), 0.25);
}

void DataParallel::asyncTrains()
{
    // Not reproducible by nature: only what holds for every interleaving.
    const TrainingSpec spec = moons(10, 5);
    for (const int workers : {1, 2, 4}) {
        const Run run = train(parallel(spec, {.workers = workers, .mode = DataParallelMode::Async}));
        QCOMPARE(run.result.status, RunStatus::Finished);
        const std::vector<EpochRecord> &rows = run.recorder.rows;
        QVERIFY2(rows.back().train_loss < 0.8 * rows.front().train_loss,
                 qPrintable(QStringLiteral("K=%1: %2 → %3").arg(workers).arg(rows.front().train_loss)
                                .arg(rows.back().train_loss)));
        // Every batch of batch_size is one update, as for one worker with batch_size.
        QCOMPARE(rows.back().updates, 5LL * 40);
        QCOMPARE(run.recorder.batchLosses.size(), std::size_t{200});
        for (std::size_t e = 1; e < rows.size(); ++e) {
            const DataParallelRecord &p = *rows[e].parallel;
            QCOMPARE(p.workers, workers);
            QCOMPARE(p.global_batch, 10L);
            QVERIFY(p.staleness_max >= 0);
            QVERIFY(p.staleness_mean >= 0.0);
            QVERIFY(p.staleness_mean <= static_cast<double>(p.staleness_max));
            QVERIFY(p.staleness_max < 40); // an update waits for at most the epoch's others
            QCOMPARE(p.bytes_sent, static_cast<double>(e) * 40 * 354 * 8);
            // The histogram: one count per staleness 0 … max, summing to the epoch's 40
            // updates, with the CSV's mean.
            QCOMPARE(p.staleness_counts.size(), static_cast<std::size_t>(p.staleness_max) + 1);
            QVERIFY(p.staleness_counts.back() > 0);
            long long counted = 0;
            long long weighted = 0;
            for (std::size_t s = 0; s < p.staleness_counts.size(); ++s) {
                counted += p.staleness_counts[s];
                weighted += static_cast<long long>(s) * p.staleness_counts[s];
            }
            QCOMPARE(counted, rows[e].updates - rows[e - 1].updates);
            QCOMPARE(static_cast<double>(weighted) / static_cast<double>(counted), p.staleness_mean);
        }
        if (workers == 1) { // alone, a worker's read is never overtaken
            QCOMPARE(rows.back().parallel->staleness_max, 0LL);
            QCOMPARE(rows.back().parallel->staleness_counts, (std::vector<long long>{40}));
        }
    }
}

void DataParallel::wholeSetBatchesEndEachEpoch()
{
    // batch_size 0 can reach the engine through a sweep's values, which the file's check of
    // data_parallel does not see: one update of the whole set per epoch, not a loop forever.
    const TrainingSpec spec = moons(0, 2);
    for (const DataParallelMode mode : {DataParallelMode::Sync, DataParallelMode::Async}) {
        const Run run = train(parallel(spec, {.workers = 2, .mode = mode}));
        QCOMPARE(run.result.status, RunStatus::Finished);
        QCOMPARE(run.recorder.rows.back().updates, 2LL);
    }
}

QTEST_GUILESS_MAIN(DataParallel)
#include "tst_data_parallel.moc"
