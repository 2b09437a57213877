// The runner streams a run's results in batches, at most ~30 a second, cancels within
// one update, drops a replaced request's data and survives being destroyed mid-run.
#include "run/ExperimentRunner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace kobai;
using namespace kobai::app;

namespace {

RunRequest request(const char *json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    return {QStringLiteral("test"), config::parseExperimentObject(object, QStringLiteral("experiment"),
                                                                  QStringLiteral("test"))};
}

/// ~800 updates per epoch and an endless number of epochs: runs until cancelled.
RunRequest endless()
{
    return request(R"({"dataset": {"name": "linear", "n": 1000}, "model": {"name": "linear"},
                      "batch_size": 1, "epochs": 1000000, "optimizer": {"name": "SGD", "lr": 0.01}})");
}

/// Everything the runner delivered, run by run.
struct Received {
    int batches = 0;
    std::vector<std::vector<EpochRecord>> epochs = std::vector<std::vector<EpochRecord>>(4);
    std::vector<long long> updates = std::vector<long long>(4, 0);
    std::vector<std::optional<RunOutcome>> outcomes = std::vector<std::optional<RunOutcome>>(4);
    std::vector<int> runOrder;

    void take(const RunBatch &batch)
    {
        ++batches;
        for (const RunChunk &chunk : batch) {
            const auto run = static_cast<std::size_t>(chunk.run);
            epochs[run].insert(epochs[run].end(), chunk.epochs.begin(), chunk.epochs.end());
            updates[run] += static_cast<long long>(chunk.updateLosses.size());
            if (chunk.outcome)
                outcomes[run] = chunk.outcome;
            if (runOrder.empty() || runOrder.back() != chunk.run)
                runOrder.push_back(chunk.run);
        }
    }
};

} // namespace

class TestExperimentRunner : public QObject
{
    Q_OBJECT

private slots:
    void streamsEveryEpochAndUpdateInBatches()
    {
        ExperimentRunner runner;
        Received received;
        connect(&runner, &ExperimentRunner::batchReady, this, [&](const RunBatch &b) { received.take(b); });
        std::vector<RunRequest> runs;
        runs.push_back(request(R"({"dataset": {"name": "linear", "n": 1000}, "model": {"name": "linear"},
                                   "batch_size": 8, "epochs": 40, "optimizer": {"name": "SGD", "lr": 0.05}})"));
        runs.push_back(request(R"({"dataset": {"name": "moons", "n": 400}, "model": {"name": "mlp"},
                                   "batch_size": 0, "epochs": 25})"));
        runner.start(std::move(runs));
        QVERIFY(runner.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 60000);

        QCOMPARE(received.epochs[0].size(), std::size_t(41)); // row 0 is before any update
        QCOMPARE(received.updates[0], 40LL * 100);             // 800 training samples in batches of 8
        QCOMPARE(received.epochs[1].size(), std::size_t(26));
        QCOMPARE(received.updates[1], 25LL);                   // full batch: one update per epoch
        QVERIFY(received.outcomes[0] && received.outcomes[0]->status == RunStatus::Finished);
        QVERIFY(received.outcomes[1] && received.outcomes[1]->status == RunStatus::Finished);
        QVERIFY(received.epochs[1].back().val_acc.has_value());
        QCOMPARE(received.runOrder, (std::vector<int>{0, 1}));
        for (std::size_t i = 1; i < received.epochs[0].size(); ++i)
            QCOMPARE(received.epochs[0][i].epoch, received.epochs[0][i - 1].epoch + 1);
    }

    void deliversAtMostAboutThirtyBatchesASecond()
    {
        ExperimentRunner runner;
        Received received;
        connect(&runner, &ExperimentRunner::batchReady, this, [&](const RunBatch &b) { received.take(b); });
        std::vector<RunRequest> runs;
        runs.push_back(endless());
        QElapsedTimer clock;
        clock.start();
        runner.start(std::move(runs));
        QTest::qWait(1500);
        const qint64 elapsed = clock.elapsed();
        runner.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);
        // Thousands of updates went by; they came in a bounded number of batches.
        QVERIFY2(received.updates[0] > 100, qPrintable(QString::number(received.updates[0])));
        QVERIFY2(received.batches <= elapsed / 30 + 2,
                 qPrintable(QStringLiteral("%1 batches in %2 ms").arg(received.batches).arg(elapsed)));
    }

    void cancelsWithinOneUpdate()
    {
        ExperimentRunner runner;
        Received received;
        connect(&runner, &ExperimentRunner::batchReady, this, [&](const RunBatch &b) { received.take(b); });
        std::vector<RunRequest> runs;
        runs.push_back(endless());
        runs.push_back(endless());
        runner.start(std::move(runs));
        QTRY_VERIFY_WITH_TIMEOUT(received.updates[0] > 0, 20000);
        runner.stop();
        const long long producedAtStop = runner.updatesProduced();
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);

        QVERIFY(received.outcomes[0]);
        QCOMPARE(received.outcomes[0]->status, RunStatus::Cancelled);
        QVERIFY2(received.outcomes[0]->stopUpdate <= producedAtStop + 1,
                 qPrintable(QStringLiteral("stopped after update %1; %2 done when cancelled")
                                .arg(received.outcomes[0]->stopUpdate).arg(producedAtStop)));
        // The request's later runs never start.
        QVERIFY(received.outcomes[1]);
        QCOMPARE(received.outcomes[1]->status, RunStatus::Cancelled);
        QCOMPARE(received.updates[1], 0LL);
    }

    void aNewRequestReplacesTheRunningOne()
    {
        ExperimentRunner runner;
        Received received;
        connect(&runner, &ExperimentRunner::batchReady, this, [&](const RunBatch &b) { received.take(b); });
        std::vector<RunRequest> first;
        first.push_back(endless());
        runner.start(std::move(first));
        QTRY_VERIFY_WITH_TIMEOUT(received.updates[0] > 0, 20000);

        received = Received();
        std::vector<RunRequest> second;
        second.push_back(request(R"({"dataset": {"name": "linear", "n": 100}, "model": {"name": "linear"},
                                     "batch_size": 0, "epochs": 7})"));
        runner.start(std::move(second));
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);
        // Only the new run's data arrives: 8 rows, 7 updates, finished.
        QCOMPARE(received.epochs[0].size(), std::size_t(8));
        QCOMPARE(received.updates[0], 7LL);
        QVERIFY(received.outcomes[0]);
        QCOMPARE(received.outcomes[0]->status, RunStatus::Finished);
    }

    void anAbandonedRequestDeliversNothingMore()
    {
        ExperimentRunner runner;
        Received received;
        connect(&runner, &ExperimentRunner::batchReady, this, [&](const RunBatch &b) { received.take(b); });
        std::vector<RunRequest> runs;
        runs.push_back(endless());
        runner.start(std::move(runs));
        QTRY_VERIFY_WITH_TIMEOUT(received.updates[0] > 0, 20000);
        runner.abandon();
        const int batchesBefore = received.batches;
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);
        QTest::qWait(3 * ExperimentRunner::flushIntervalMs);
        QCOMPARE(received.batches, batchesBefore);
        QVERIFY(!received.outcomes[0]);
    }

    void trajectoriesSchedulesAndSweepsDeliverTheirResults()
    {
        ExperimentRunner runner;
        std::vector<RunChunk> chunks;
        connect(&runner, &ExperimentRunner::batchReady, this, [&](const RunBatch &batch) {
            chunks.insert(chunks.end(), batch.begin(), batch.end());
        });
        std::vector<RunRequest> runs;
        runs.push_back(request(R"({"kind": "trajectory", "function": "rosenbrock", "start": [-1.2, 1.4],
                                   "steps": 40, "optimizer": {"name": "Adam", "lr": 0.02}})"));
        runs.push_back(request(R"({"kind": "schedule", "lr": 0.1, "epochs": 12,
                                   "scheduler": {"name": "StepLR", "step_size": 4, "gamma": 0.5}})"));
        runs.push_back(request(R"({"kind": "sweep", "field": "optimizer.lr",
                                   "range": {"min": 0.01, "max": 1, "points": 3, "scale": "log"},
                                   "experiment": {"dataset": {"name": "linear", "n": 100}, "model": {"name": "linear"},
                                                  "batch_size": 0, "epochs": 5}})"));
        runner.start(std::move(runs));
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);

        std::vector<TrajectoryPoint> steps;
        std::vector<EpochRecord> rates;
        std::vector<SweepPoint> sweep;
        std::vector<std::optional<RunOutcome>> outcomes(3);
        for (const RunChunk &chunk : chunks) {
            steps.insert(steps.end(), chunk.steps.begin(), chunk.steps.end());
            if (chunk.run == 1)
                rates.insert(rates.end(), chunk.epochs.begin(), chunk.epochs.end());
            sweep.insert(sweep.end(), chunk.sweep.begin(), chunk.sweep.end());
            if (chunk.outcome)
                outcomes[static_cast<std::size_t>(chunk.run)] = chunk.outcome;
        }
        QCOMPARE(steps.size(), std::size_t(41)); // the start and 40 steps
        QCOMPARE(steps.front().x, -1.2);
        QCOMPARE(rates.size(), std::size_t(12));
        QCOMPARE(rates[3].lr, 0.1);
        QCOMPARE(rates[4].lr, 0.05);
        QCOMPARE(sweep.size(), std::size_t(3));
        QCOMPARE(sweep[1].value, 0.1);
        QCOMPARE(sweep[1].last.epoch, 5);
        for (const auto &outcome : outcomes)
            QVERIFY(outcome && !outcome->failed && outcome->status == RunStatus::Finished);
    }

    // A sweep's diverged run is marked, so that no chart plots its last finite epoch as if it
    // were a final loss (lesson 10's σ = 1 run drew a point at 6·10⁷).
    void aSweepMarksItsDivergedRuns()
    {
        ExperimentRunner runner;
        std::vector<SweepPoint> sweep;
        connect(&runner, &ExperimentRunner::batchReady, this, [&](const RunBatch &batch) {
            for (const RunChunk &chunk : batch)
                sweep.insert(sweep.end(), chunk.sweep.begin(), chunk.sweep.end());
        });
        std::vector<RunRequest> runs;
        runs.push_back(request(R"({"kind": "sweep", "field": "optimizer.lr", "values": [0.01, 1000],
                                   "experiment": {"dataset": {"name": "linear", "n": 100}, "model": {"name": "linear"},
                                                  "batch_size": 0, "epochs": 5}})"));
        runner.start(std::move(runs));
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);
        QCOMPARE(sweep.size(), std::size_t(2));
        QVERIFY(!sweep[0].diverged);
        QCOMPARE(sweep[0].last.epoch, 5);
        QVERIFY(sweep[1].diverged);
        QVERIFY(sweep[1].last.epoch < 5);
    }

    void aRunWhoseDataCannotBeMadeFailsAlone()
    {
        ExperimentRunner runner;
        Received received;
        connect(&runner, &ExperimentRunner::batchReady, this, [&](const RunBatch &b) { received.take(b); });
        std::vector<RunRequest> runs;
        runs.push_back(request(R"({"dataset": {"name": "fashion-mnist", "path": "/nonexistent/kobai"},
                                   "model": {"name": "softmax"}, "epochs": 1})"));
        runs.push_back(request(R"({"dataset": {"name": "linear", "n": 100}, "model": {"name": "linear"},
                                   "epochs": 3})"));
        runner.start(std::move(runs));
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);
        QVERIFY(received.outcomes[0] && received.outcomes[0]->failed);
        QVERIFY(received.outcomes[0]->message.contains(QStringLiteral("/nonexistent/kobai")));
        QVERIFY(received.outcomes[1] && received.outcomes[1]->status == RunStatus::Finished);
    }

    void destroyingTheRunnerMidRunJoinsTheWorker()
    {
        auto runner = std::make_unique<ExperimentRunner>();
        QSignalSpy batches(runner.get(), &ExperimentRunner::batchReady);
        std::vector<RunRequest> runs;
        runs.push_back(endless());
        runner->start(std::move(runs));
        QTRY_VERIFY_WITH_TIMEOUT(batches.count() > 0, 20000);
        runner.reset(); // cancels and joins; hangs (ctest timeout) or crashes if it does not
        QVERIFY(!runner);
    }
};

QTEST_MAIN(TestExperimentRunner)
#include "tst_experiment_runner.moc"
