// The trainer's stop policies on their own: what each one stops, and when.
#include "train/CancelWatch.h"
#include "train/DivergenceWatch.h"
#include "train/EarlyStopPolicy.h"

#include <QTest>

#include <limits>

using namespace kobai;

namespace {

const double infinity = std::numeric_limits<double>::infinity();
const double notANumber = std::numeric_limits<double>::quiet_NaN();

EpochRecord row(int epoch, double trainLoss, double valLoss, double penalty = 0.0)
{
    EpochRecord r;
    r.epoch = epoch;
    r.train_loss = trainLoss;
    r.val_loss = valLoss;
    r.penalty = penalty;
    return r;
}

bool diverged(const std::optional<StopRequest> &request)
{
    return request && request->status == RunStatus::Diverged;
}

} // namespace

class StopPolicies : public QObject {
    Q_OBJECT
private slots:
    void divergenceStopsOnAnyNonFiniteNumber()
    {
        DivergenceWatch watch;
        QVERIFY(!watch.beforeEpoch(0.1));
        QVERIFY(diverged(watch.beforeEpoch(infinity)));
        QVERIFY(!watch.afterBatchLoss(1e300));
        QVERIFY(diverged(watch.afterBatchLoss(notANumber)));
        QVERIFY(diverged(watch.afterUpdates(false)));
        QVERIFY(!watch.afterUpdates(true));
        QVERIFY(diverged(watch.beforeReport(row(1, infinity, 1))));
        QVERIFY(diverged(watch.beforeReport(row(1, 1, notANumber))));
        const std::optional<StopRequest> penalty = watch.beforeReport(row(1, 1, 1, infinity));
        QVERIFY(diverged(penalty));
        QCOMPARE(QString::fromStdString(penalty->reason), QStringLiteral("the weight penalty is not finite"));
        QVERIFY(!watch.beforeReport(row(1, 1, 1, 1)));
    }

    void divergenceStopsWhenTheLossGrowsAMillionfold()
    {
        DivergenceWatch watch;
        QVERIFY(!watch.afterEpoch(row(0, 2.0, 2.0)));
        QVERIFY(!watch.afterEpoch(row(1, 2.0e6, 1.0)));
        QVERIFY(diverged(watch.afterEpoch(row(2, 2.1e6, 1.0))));
        // A start below 1 counts as 1: a loss of 0.001 may grow to 1e6 before it is divergence.
        DivergenceWatch small;
        QVERIFY(!small.afterEpoch(row(0, 0.001, 1.0)));
        QVERIFY(!small.afterEpoch(row(1, 1e6, 1.0)));
        QVERIFY(diverged(small.afterEpoch(row(2, 1.1e6, 1.0))));
    }

    void earlyStoppingAfterPatienceEpochsWithoutImprovement()
    {
        EarlyStopPolicy policy(EarlyStoppingSpec{2, 0.0, false}, 10);
        QVERIFY(!policy.afterEpoch(row(0, 1, 1.0)));
        QVERIFY(!policy.afterEpoch(row(1, 1, 0.9)));
        QVERIFY(!policy.afterEpoch(row(2, 1, 0.95)));
        const std::optional<StopRequest> stop = policy.afterEpoch(row(3, 1, 0.96));
        QVERIFY(stop && stop->status == RunStatus::EarlyStopped);
        QCOMPARE(QString::fromStdString(stop->reason), QStringLiteral("early stopping after 2 epochs without improvement"));
        QCOMPARE(policy.tracker().bestEpoch(), 1);
    }

    void earlyStoppingNeverStopsAtTheLastEpochOrWhenNotAsked()
    {
        EarlyStopPolicy last(EarlyStoppingSpec{1, 0.0, false}, 1);
        QVERIFY(!last.afterEpoch(row(0, 1, 1.0)));
        QVERIFY(!last.afterEpoch(row(1, 1, 2.0)));
        EarlyStopPolicy off(std::nullopt, 100);
        for (int epoch = 0; epoch < 50; ++epoch)
            QVERIFY(!off.afterEpoch(row(epoch, 1, 1.0 + epoch)));
        QCOMPARE(off.tracker().bestEpoch(), 0); // it still finds the best epoch
    }

    void cancelStopsBeforeTheNextBatch()
    {
        std::atomic<bool> cancel{false};
        CancelWatch watch(&cancel);
        QVERIFY(!watch.beforeBatch());
        cancel = true;
        const std::optional<StopRequest> stop = watch.beforeBatch();
        QVERIFY(stop && stop->status == RunStatus::Cancelled);
        QVERIFY(!CancelWatch(nullptr).beforeBatch());
    }
};

QTEST_APPLESS_MAIN(StopPolicies)
#include "tst_stop_policies.moc"
