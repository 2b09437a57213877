// The trainer's behaviours on fixed seeds: convergence, determinism, update
// counts, divergence, early stopping, batch normalisation, layer statistics, deep nets.
#include "core/Random.h"
#include "data/DatasetFactory.h"
#include "optim/OptimizerCatalog.h"
#include "train/TrainingRun.h"

#include "RecordedRun.h"

#include <QTest>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <stdexcept>

using namespace kobai;

Q_DECLARE_METATYPE(kobai::OptimizerSpec)

namespace {

TrainingSpec moonsMlp()
{
    TrainingSpec spec;
    spec.seed = 42;
    spec.model.hidden = {32, 32};
    spec.optimizer = SgdOptions{.lr = 0.1};
    spec.epochs = 100;
    return spec;
}

} // namespace

class Training : public QObject {
    Q_OBJECT
private slots:
    void linearRegressionReachesLeastSquares();
    void softmaxSeparatesBlobs();
    void mlpSeparatesMoons();
    void float32TrainsToo();
    void sameSeedSameRows();
    void otherSeedOtherShuffle();
    void twoThreadsRepeatAndMatchOne();
    void twoThreadsMatchOneOnImages();
    void updatesPerEpoch_data();
    void updatesPerEpoch();
    void oversizedBatchIsClampedWithANote();
    void largeLearningRateDiverges_data();
    void largeLearningRateDiverges();
    void noisySgdSpikesDoNotCountAsDivergence();
    void earlyStoppingFindsTheValidationMinimum();
    void earlyStoppingRestoresTheBestWeights();
    void cancellationStopsBetweenUpdates();
    void batchNormTwoThreadsMatchOne();
    void batchNormTrainsWithEveryRule_data();
    void batchNormTrainsWithEveryRule();
    void batchNormOfOneSampleIsRefused();
    void batchNormEvaluatesWithRunningStatistics();
    void earlyStoppingRestoresTheRunningStatistics();
    void layerStatisticsAtChosenEpochs();
    void twentyLayerNetTrains_data();
    void twentyLayerNetTrains();
};

void Training::linearRegressionReachesLeastSquares()
{
    TrainingSpec spec;
    spec.dataset = LinearDataOptions{};
    spec.model.kind = ModelKind::Linear;
    spec.batch_size = 0;
    spec.epochs = 200;
    spec.optimizer = SgdOptions{.lr = 0.25};
    const Run run = train(spec);
    QCOMPARE(run.result.status, RunStatus::Finished);

    const Dataset data = makeDataset(spec.dataset, spec.seed);
    Eigen::MatrixXd design(data.train.size(), 2);
    design.col(0) = data.train.features.row(0).transpose();
    design.col(1).setOnes();
    const Eigen::VectorXd solution =
        design.colPivHouseholderQr().solve(data.train.targets.row(0).transpose());
    QVERIFY(std::abs(run.result.parameters[0] - solution(0)) < 1e-6);
    QVERIFY(std::abs(run.result.parameters[1] - solution(1)) < 1e-6);
    // The data were made with slope 2 and intercept 1 before standardising x.
    QVERIFY(solution(0) > 1.0);
}

void Training::softmaxSeparatesBlobs()
{
    TrainingSpec spec;
    spec.dataset = BlobsDataOptions{};
    spec.model.kind = ModelKind::Softmax;
    spec.optimizer = SgdOptions{.lr = 0.1};
    spec.epochs = 30;
    const Run run = train(spec);
    QVERIFY(run.recorder.rows.back().val_acc.value() >= 0.97);
}

/// Moons with noise 0.2 overlap a little: about 97 % is all any model can get,
/// so a good run reaches it and then stays within a few samples of it.
void verifySeparatesMoons(const Run &run)
{
    QCOMPARE(run.result.status, RunStatus::Finished);
    double best = 0.0, lastTen = 0.0;
    for (const EpochRecord &row : run.recorder.rows) {
        best = std::max(best, row.val_acc.value());
        if (row.epoch > 90)
            lastTen += row.val_acc.value() / 10;
    }
    QVERIFY2(best >= 0.97, qPrintable(QString::number(best)));
    QVERIFY2(lastTen >= 0.95, qPrintable(QString::number(lastTen)));
    QVERIFY(run.recorder.rows.back().train_loss < run.recorder.rows.front().train_loss / 4);
}

void Training::mlpSeparatesMoons() { verifySeparatesMoons(train(moonsMlp())); }

void Training::float32TrainsToo()
{
    TrainingSpec spec = moonsMlp();
    spec.dtype = DType::Float32;
    verifySeparatesMoons(train(spec));
}

void Training::sameSeedSameRows()
{
    TrainingSpec spec = moonsMlp();
    spec.epochs = 10;
    spec.model.dropout = 0.2;
    const Run a = train(spec);
    const Run b = train(spec);
    QCOMPARE(a.recorder.rows.size(), b.recorder.rows.size());
    for (std::size_t i = 0; i < a.recorder.rows.size(); ++i) {
        const EpochRecord &x = a.recorder.rows[i];
        const EpochRecord &y = b.recorder.rows[i];
        QCOMPARE(x.train_loss, y.train_loss);
        QCOMPARE(x.val_loss, y.val_loss);
        QCOMPARE(x.train_acc, y.train_acc);
        QCOMPARE(x.val_acc, y.val_acc);
        QCOMPARE(x.lr, y.lr);
        QCOMPARE(x.updates, y.updates);
        QCOMPARE(x.penalty, y.penalty);
    }
    QCOMPARE(a.recorder.batchLosses, b.recorder.batchLosses);
}

void Training::otherSeedOtherShuffle()
{
    std::vector<int> first(100), second(100);
    for (int i = 0; i < 100; ++i)
        first[static_cast<std::size_t>(i)] = second[static_cast<std::size_t>(i)] = i;
    Random(1, RandomStream::Shuffle).shuffle(first);
    Random(2, RandomStream::Shuffle).shuffle(second);
    QVERIFY(first != second);

    TrainingSpec spec = moonsMlp();
    spec.epochs = 3;
    const Run a = train(spec);
    spec.seed = 43;
    const Run b = train(spec);
    QVERIFY(a.recorder.batchLosses != b.recorder.batchLosses);
}

void Training::twoThreadsRepeatAndMatchOne()
{
    // Wide enough that the products are shared out (≥ 2²⁰ multiply-adds each), with
    // dropout, whose masks stay on the calling thread.
    TrainingSpec spec = moonsMlp();
    spec.model.hidden = {1024, 1024};
    spec.model.dropout = 0.2;
    spec.dtype = DType::Float32;
    spec.epochs = 2;
    spec.threads = 2;
    const Run a = train(spec);
    const Run b = train(spec);
    QVERIFY(!a.recorder.batchLosses.empty());
    QCOMPARE(a.recorder.batchLosses, b.recorder.batchLosses);
    QCOMPARE(a.result.parameters, b.result.parameters);
    // Each output element is one sum in one order on whichever thread: 1 and 2
    // threads agree to the bit.
    spec.threads = 1;
    const Run one = train(spec);
    QCOMPARE(one.recorder.batchLosses, a.recorder.batchLosses);
    QCOMPARE(one.result.parameters, a.result.parameters);
}

void Training::twoThreadsMatchOneOnImages()
{
    // Images wide enough that the first layer is summed over halves of its inputs, the
    // batch gathered by rows and the optimizer step shared out (a stateful rule).
    Dataset data;
    data.task = Task::Classification;
    data.inputs = 784;
    data.outputs = 10;
    Random random(3);
    for (DataPart *part : {&data.train, &data.validation}) {
        const Eigen::Index n = part == &data.train ? 600 : 200;
        part->pixels.resize(data.inputs, n);
        for (Eigen::Index k = 0; k < part->pixels.size(); ++k)
            part->pixels(k) = static_cast<std::uint8_t>(random.below(256));
        for (Eigen::Index j = 0; j < n; ++j)
            part->labels.push_back(static_cast<int>(random.below(10)));
    }
    TrainingSpec spec;
    spec.model.hidden = {100};
    spec.optimizer = AdamOptions{.lr = 1e-3};
    spec.dtype = DType::Float32;
    spec.batch_size = 100;
    spec.epochs = 3;
    std::vector<Run> runs(3);
    for (int k = 0; k < 3; ++k) {
        spec.threads = k == 0 ? 1 : 2;
        runs[static_cast<std::size_t>(k)].result = runTraining(spec, data, runs[static_cast<std::size_t>(k)].recorder);
    }
    QCOMPARE(runs[0].recorder.batchLosses.size(), std::size_t{18});
    for (int k = 1; k < 3; ++k) {
        QCOMPARE(runs[static_cast<std::size_t>(k)].recorder.batchLosses, runs[0].recorder.batchLosses);
        QCOMPARE(runs[static_cast<std::size_t>(k)].result.parameters, runs[0].result.parameters);
    }
}

void Training::updatesPerEpoch_data()
{
    QTest::addColumn<long>("batchSize");
    QTest::addColumn<long long>("expected");
    // moons n = 1000, val 0.2 → 800 training samples
    QTest::newRow("batch GD") << 0L << 1LL;
    QTest::newRow("SGD") << 1L << 800LL;
    QTest::newRow("mini-batch 32") << 32L << 25LL;
    QTest::newRow("mini-batch 30, last partial") << 30L << 27LL;
    QTest::newRow("mini-batch 128") << 128L << 7LL;
    QTest::newRow("batch = N") << 800L << 1LL;
}

void Training::updatesPerEpoch()
{
    QFETCH(long, batchSize);
    QFETCH(long long, expected);
    TrainingSpec spec = moonsMlp();
    spec.batch_size = batchSize;
    spec.epochs = 2;
    const Run run = train(spec);
    QCOMPARE(run.recorder.rows.size(), std::size_t{3});
    QCOMPARE(run.recorder.rows[0].updates, 0LL);
    QCOMPARE(run.recorder.rows[1].updates, expected);
    QCOMPARE(run.recorder.rows[2].updates, 2 * expected);
    QCOMPARE(static_cast<long long>(run.recorder.batchLosses.size()), 2 * expected);
}

void Training::oversizedBatchIsClampedWithANote()
{
    TrainingSpec spec = moonsMlp();
    spec.batch_size = 5000;
    spec.epochs = 1;
    const Run run = train(spec);
    QCOMPARE(run.recorder.rows[1].updates, 1LL);
    QCOMPARE(run.recorder.notes.size(), std::size_t{1});
    QVERIFY(run.recorder.notes[0].find("5000") != std::string::npos);
}

void Training::largeLearningRateDiverges_data()
{
    // Rules whose step grows with the gradient diverge on linear regression; the
    // adaptive ones move about lr per step, so they need a network whose outputs
    // grow with the weights before the loss runs away.
    QTest::addColumn<OptimizerSpec>("optimizer");
    QTest::addColumn<bool>("network");
    QTest::newRow("SGD") << OptimizerSpec{SgdOptions{.lr = 50}} << false;
    QTest::newRow("SGD momentum") << OptimizerSpec{SgdOptions{.lr = 5, .momentum = 0.9}} << false;
    QTest::newRow("SGD Nesterov") << OptimizerSpec{SgdOptions{.lr = 5, .momentum = 0.9, .nesterov = true}} << false;
    QTest::newRow("Adagrad") << OptimizerSpec{AdagradOptions{.lr = 1000}} << true;
    QTest::newRow("RMSprop") << OptimizerSpec{RmspropOptions{.lr = 1000}} << false;
    // Adadelta steps about lr·√eps at first: a large eps lets it run away too.
    QTest::newRow("Adadelta") << OptimizerSpec{AdadeltaOptions{.lr = 1000, .eps = 1}} << false;
    QTest::newRow("Adam") << OptimizerSpec{AdamOptions{.lr = 1000}} << true;
    QTest::newRow("AdamW") << OptimizerSpec{AdamWOptions{.lr = 1000}} << false;
    QTest::newRow("textbook SGD") << OptimizerSpec{TextbookSgdOptions{.lr = 50}} << false;
    QTest::newRow("textbook Momentum") << OptimizerSpec{TextbookMomentumOptions{.lr = 5}} << false;
    QTest::newRow("textbook Nesterov") << OptimizerSpec{TextbookNesterovOptions{.lr = 5}} << false;
    QTest::newRow("textbook AdaGrad") << OptimizerSpec{TextbookAdagradOptions{.lr = 1000}} << true;
    QTest::newRow("textbook RMSprop") << OptimizerSpec{TextbookRmspropOptions{.lr = 1000}} << false;
    QTest::newRow("textbook Adam") << OptimizerSpec{TextbookAdamOptions{.lr = 1000}} << true;
}

void Training::largeLearningRateDiverges()
{
    QFETCH(OptimizerSpec, optimizer);
    QFETCH(bool, network);
    TrainingSpec spec = network ? moonsMlp() : TrainingSpec{};
    if (!network) {
        spec.dataset = LinearDataOptions{};
        spec.model.kind = ModelKind::Linear;
    }
    spec.optimizer = optimizer;
    spec.epochs = 100;
    const Run run = train(spec);
    QCOMPARE(run.result.status, RunStatus::Diverged);
    QVERIFY(run.result.message.starts_with("diverged at epoch "));
    QVERIFY(run.result.message.find(", update ") != std::string::npos);
    QVERIFY(run.result.stop_epoch < 100);
    for (const EpochRecord &row : run.recorder.rows) // no NaN ever reaches a chart
        QVERIFY(std::isfinite(row.train_loss) && std::isfinite(row.val_loss));
}

void Training::noisySgdSpikesDoNotCountAsDivergence()
{
    TrainingSpec spec;
    spec.dataset = LinearDataOptions{.n = 1000, .noise = 2.0};
    spec.model.kind = ModelKind::Linear;
    spec.batch_size = 1;
    spec.optimizer = SgdOptions{.lr = 0.05};
    spec.epochs = 20;
    const Run run = train(spec);
    QCOMPARE(run.result.status, RunStatus::Finished);
    const double largestBatch = *std::max_element(run.recorder.batchLosses.begin(), run.recorder.batchLosses.end());
    QVERIFY2(largestBatch > 5 * run.recorder.rows.front().train_loss, "the run has real spikes");
}

void Training::earlyStoppingFindsTheValidationMinimum()
{
    // Few noisy points and a wide network: validation loss turns up early.
    TrainingSpec spec;
    spec.seed = 1;
    spec.dataset = MoonsDataOptions{.n = 100, .noise = 0.4};
    spec.model.hidden = {256, 256};
    spec.batch_size = 16;
    spec.optimizer = SgdOptions{.lr = 0.1};
    spec.epochs = 300;
    spec.early_stopping = EarlyStoppingSpec{.patience = 10};
    const Run run = train(spec);
    QCOMPARE(run.result.status, RunStatus::EarlyStopped);
    QVERIFY(run.result.stop_epoch < spec.epochs);
    const auto best = std::min_element(run.recorder.rows.begin(), run.recorder.rows.end(),
                                       [](const auto &a, const auto &b) { return a.val_loss < b.val_loss; });
    QCOMPARE(run.result.best_epoch, best->epoch);
    QCOMPARE(run.result.best_val_loss, best->val_loss);
    QCOMPARE(run.result.stop_epoch, best->epoch + 10);
}

void Training::earlyStoppingRestoresTheBestWeights()
{
    TrainingSpec spec;
    spec.seed = 1;
    spec.dataset = MoonsDataOptions{.n = 100, .noise = 0.4, .split = {.val_fraction = 0.2, .test_fraction = 0.2}};
    spec.model.hidden = {256, 256};
    spec.batch_size = 16;
    spec.optimizer = SgdOptions{.lr = 0.1};
    spec.epochs = 300;
    spec.early_stopping = EarlyStoppingSpec{.patience = 10};
    const Run restored = train(spec);
    spec.early_stopping->restore_best = false;
    const Run kept = train(spec);
    QVERIFY(restored.result.test_loss && kept.result.test_loss);
    QVERIFY(restored.result.parameters != kept.result.parameters);
    QVERIFY(*restored.result.test_loss != *kept.result.test_loss);
}

void Training::cancellationStopsBetweenUpdates()
{
    struct CancelAfter : Recorder {
        std::atomic<bool> *flag = nullptr;
        void onUpdate(long long update, int epoch, double loss) override
        {
            Recorder::onUpdate(update, epoch, loss);
            if (update == 7)
                flag->store(true);
        }
    };
    TrainingSpec spec = moonsMlp();
    const Dataset data = makeDataset(spec.dataset, spec.seed);
    std::atomic<bool> cancel{false};
    CancelAfter observer;
    observer.flag = &cancel;
    const TrainingResult result = runTraining(spec, data, observer, &cancel);
    QCOMPARE(result.status, RunStatus::Cancelled);
    QCOMPARE(result.stop_update, 7LL);
    QCOMPARE(observer.batchLosses.size(), std::size_t{7});
}

void Training::batchNormTwoThreadsMatchOne()
{
    // Wide enough that the second layer's products are shared out (256 × 256 × 32 ≥ 2²⁰
    // multiply-adds); the normalisation, the running statistics and the layer statistics
    // are computed after them on the calling thread.
    TrainingSpec spec = moonsMlp();
    spec.model.hidden = {256, 256};
    spec.model.batch_norm = BatchNormSpec{};
    spec.dtype = DType::Float32;
    spec.epochs = 2;
    spec.layer_stats = LayerStatsSpec{{0, 2}};
    std::vector<Run> runs;
    for (int threads : {1, 2}) {
        spec.threads = threads;
        runs.push_back(train(spec));
    }
    QVERIFY(!runs[0].recorder.batchLosses.empty());
    QCOMPARE(runs[1].recorder.batchLosses, runs[0].recorder.batchLosses);
    QCOMPARE(runs[1].result.parameters, runs[0].result.parameters);
    QCOMPARE(runs[1].result.running_statistics, runs[0].result.running_statistics);
    QCOMPARE(runs[0].result.running_statistics.size(), std::size_t{4 * 256});
    for (std::size_t row = 0; row < runs[0].recorder.rows.size(); ++row) {
        const std::vector<LayerStatistics> &a = runs[0].recorder.rows[row].layers, &b = runs[1].recorder.rows[row].layers;
        QCOMPARE(a.size(), b.size());
        for (std::size_t h = 0; h < a.size(); ++h) {
            QCOMPARE(a[h].histogram, b[h].histogram);
            QCOMPARE(a[h].weightHistogram, b[h].weightHistogram);
            QCOMPARE(a[h].weightHistogramHigh, b[h].weightHistogramHigh);
            QCOMPARE(a[h].weightGradientNorm, b[h].weightGradientNorm);
        }
    }
}

void Training::batchNormTrainsWithEveryRule_data()
{
    QTest::addColumn<OptimizerSpec>("optimizer");
    for (const RuleEntry &rule : allRules())
        QTest::newRow(qPrintable(QString::fromStdString(rule.name) +
                                 (rule.variant == RuleVariant::Textbook ? " (textbook)" : "")))
            << *defaultRule(rule.variant, rule.name);
}

void Training::batchNormTrainsWithEveryRule()
{
    QFETCH(OptimizerSpec, optimizer);
    TrainingSpec spec = moonsMlp();
    spec.model.hidden = {16, 16};
    spec.model.batch_norm = BatchNormSpec{};
    spec.optimizer = optimizer;
    spec.epochs = 5;
    const Run run = train(spec);
    QCOMPARE(run.result.status, RunStatus::Finished);
    QVERIFY(std::isfinite(run.recorder.rows.back().train_loss));
    QVERIFY2(run.recorder.rows.back().train_loss < run.recorder.rows.front().train_loss,
             qPrintable(QStringLiteral("%1 → %2").arg(run.recorder.rows.front().train_loss)
                            .arg(run.recorder.rows.back().train_loss)));
    // The Linear bias in front of a batch norm only gets rounding noise, or weight decay.
    QVERIFY(std::all_of(run.result.parameters.begin(), run.result.parameters.end(),
                        [](double p) { return std::isfinite(p); }));
}

void Training::batchNormOfOneSampleIsRefused()
{
    // The config reader refuses such a batch_size; a spec built in code meets the engine's
    // own check, with PyTorch's reason.
    TrainingSpec spec = moonsMlp();
    spec.model.batch_norm = BatchNormSpec{};
    spec.batch_size = 1;
    spec.epochs = 1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, train(spec));
}

void Training::batchNormEvaluatesWithRunningStatistics()
{
    // Row 0 is an evaluation pass before any update: with the running statistics at 0 and
    // 1, γ = 1 and β = 0, batch norm only scales by 1/√(1 + eps), so the losses are those
    // of the same weights without it (batch norm draws no random number) to about eps/2.
    // Normalising with the batches' own statistics instead would change them entirely.
    TrainingSpec spec = moonsMlp();
    spec.model.hidden = {16, 16};
    spec.epochs = 1;
    const EpochRecord plain = train(spec).recorder.rows.front();
    spec.model.batch_norm = BatchNormSpec{};
    const Run normalised = train(spec);
    const EpochRecord first = normalised.recorder.rows.front();
    QVERIFY(first.train_loss != plain.train_loss);
    QVERIFY(std::abs(first.train_loss - plain.train_loss) < 1e-4 * plain.train_loss);
    QVERIFY(std::abs(first.val_loss - plain.val_loss) < 1e-4 * plain.val_loss);
    // After an epoch the running statistics have moved away from 0 and 1.
    const std::vector<double> &running = normalised.result.running_statistics;
    QCOMPARE(running.size(), std::size_t{4 * 16});
    QVERIFY(running[0] != 0.0 && running[16] != 1.0);
}

void Training::earlyStoppingRestoresTheRunningStatistics()
{
    // Early stopping changes nothing before it stops, so the restored state is exactly
    // that of a run of best_epoch epochs: parameters and running statistics (PyTorch's
    // state_dict holds both), and the test loss computed with them.
    TrainingSpec spec;
    spec.seed = 1;
    spec.dataset = MoonsDataOptions{.n = 100, .noise = 0.4, .split = {.val_fraction = 0.2, .test_fraction = 0.2}};
    spec.model.hidden = {64, 64};
    spec.model.batch_norm = BatchNormSpec{};
    spec.batch_size = 16;
    spec.optimizer = SgdOptions{.lr = 0.1};
    spec.epochs = 300;
    spec.early_stopping = EarlyStoppingSpec{.patience = 5};
    const Run restored = train(spec);
    QCOMPARE(restored.result.status, RunStatus::EarlyStopped);
    QVERIFY(restored.result.best_epoch > 0 && restored.result.best_epoch < restored.result.stop_epoch);
    spec.early_stopping.reset();
    spec.epochs = restored.result.best_epoch;
    const Run shorter = train(spec);
    QCOMPARE(restored.result.parameters, shorter.result.parameters);
    QCOMPARE(restored.result.running_statistics, shorter.result.running_statistics);
    QCOMPARE(*restored.result.test_loss, *shorter.result.test_loss);
}

void Training::layerStatisticsAtChosenEpochs()
{
    TrainingSpec spec = moonsMlp();
    spec.model.hidden = {8, 8, 8};
    spec.epochs = 4;
    spec.layer_stats = LayerStatsSpec{{0, 3}};
    const Run chosen = train(spec);
    QCOMPARE(chosen.recorder.rows.size(), std::size_t{5});
    for (const EpochRecord &row : chosen.recorder.rows)
        QCOMPARE(row.layers.size(), row.epoch == 0 || row.epoch == 3 ? std::size_t{3} : std::size_t{0});
    // Measuring takes no random number and changes no parameter: the same run without it.
    spec.layer_stats.reset();
    const Run plain = train(spec);
    QCOMPARE(plain.result.parameters, chosen.result.parameters);
    spec.layer_stats = LayerStatsSpec{};
    for (const EpochRecord &row : train(spec).recorder.rows)
        QCOMPARE(row.layers.size(), std::size_t{3});
}

void Training::twentyLayerNetTrains_data()
{
    QTest::addColumn<bool>("batchNorm");
    QTest::newRow("plain") << false;
    QTest::newRow("batch norm") << true;
}

void Training::twentyLayerNetTrains()
{
    QFETCH(bool, batchNorm);
    TrainingSpec spec = moonsMlp();
    spec.model.hidden = std::vector<int>(20, 16);
    if (batchNorm)
        spec.model.batch_norm = BatchNormSpec{};
    spec.optimizer = AdamOptions{.lr = 1e-3};
    spec.epochs = 3;
    spec.layer_stats = LayerStatsSpec{};
    const Run run = train(spec);
    QCOMPARE(run.result.status, RunStatus::Finished);
    QCOMPARE(run.recorder.rows.size(), std::size_t{4});
    QCOMPARE(run.recorder.rows.back().layers.size(), std::size_t{20});
    QVERIFY(run.recorder.rows.back().train_loss < run.recorder.rows.front().train_loss);
}

QTEST_APPLESS_MAIN(Training)
#include "tst_training.moc"
