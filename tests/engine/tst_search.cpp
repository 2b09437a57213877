// The search loop's engine: grid and random proposals, the median pruner, diverged and
// pruned trials kept as results, reproducibility for a seed and a thread count, the
// cancellation of every worker, and the Branin function a search is measured on.
#include "data/DatasetCache.h"
#include "search/GridProposer.h"
#include "search/MedianPruner.h"
#include "search/ProposerFactory.h"
#include "search/RandomProposer.h"
#include "search/SearchRun.h"
#include "trajectory/LossSurface.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <numbers>
#include <set>
#include <thread>

using namespace kobai;

namespace {

/// Kolmogorov–Smirnov distance between the sample and U(0, 1).
double ksDistance(std::vector<double> u)
{
    std::sort(u.begin(), u.end());
    const double n = static_cast<double>(u.size());
    double d = 0;
    for (std::size_t i = 0; i < u.size(); ++i)
        d = std::max({d, (static_cast<double>(i) + 1) / n - u[i], u[i] - static_cast<double>(i) / n});
    return d;
}

SearchDimension dimension(const char *key, DimensionScale scale, double low, double high, std::vector<double> choices = {})
{
    return SearchDimension{key, scale, low, high, std::move(choices)};
}

/// Moons (300 samples), an MLP 2-16-2, SGD, `epochs` epochs; the first key is the learning rate.
SearchSpec lrSearch(SearchStrategy strategy, std::vector<double> rates, int epochs)
{
    SearchSpec spec;
    spec.strategy = strategy;
    spec.space.dimensions = {strategy == SearchStrategy::Grid
                                 ? dimension("optimizer.lr", DimensionScale::Choice, 0, 1, std::move(rates))
                                 : dimension("optimizer.lr", DimensionScale::Log, 1e-3, 1.0)};
    spec.trials = strategy == SearchStrategy::Grid ? static_cast<int>(spec.space.dimensions[0].choices.size()) : 6;
    spec.experiment = [epochs](const std::vector<double> &values) {
        TrainingSpec training;
        training.seed = 3;
        training.dataset = MoonsDataOptions{300};
        training.model.hidden = {16};
        training.epochs = epochs;
        training.optimizer = SgdOptions{values[0]};
        return training;
    };
    return spec;
}

std::shared_ptr<const Dataset> cachedData(const TrainingSpec &training)
{
    return DatasetCache::processWide().get(training.dataset, training.seed);
}

SearchResult search(const SearchSpec &spec, SearchObserver &observer, const std::atomic<bool> *cancel = nullptr)
{
    const std::unique_ptr<Proposer> proposer = makeProposer(spec);
    return runSearch(spec, *proposer, observer, cancel, cachedData);
}

SearchResult search(const SearchSpec &spec)
{
    SearchObserver quiet;
    return search(spec, quiet);
}

/// Counts the epoch rows each trial sent, and when they came relative to a cancellation.
class EpochCounter final : public SearchObserver {
public:
    void onTrialEpoch(int trial, const EpochRecord &row) override
    {
        std::lock_guard lock(mutex_);
        if (row.epoch >= 1)
            started_.insert(trial);
        if (cancelled_)
            ++afterCancel_[trial];
        trialsWithRows = static_cast<int>(started_.size());
    }
    void cancelNow(std::atomic<bool> &cancel)
    {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
        cancel = true;
    }
    int mostRowsAfterCancel()
    {
        std::lock_guard lock(mutex_);
        int most = 0;
        for (const auto &[trial, rows] : afterCancel_)
            most = std::max(most, rows);
        return most;
    }
    std::atomic<int> trialsWithRows{0};

private:
    std::mutex mutex_;
    std::set<int> started_;
    bool cancelled_ = false;
    std::map<int, int> afterCancel_;
};

} // namespace

class Search : public QObject {
    Q_OBJECT
private slots:
    void gridVisitsEveryCombinationOnce();
    void gridSearchRunsExactlyItsSize();
    void randomSamplesFollowTheirScales();
    void functionSearchScoresTheFunction();
    void sameSeedAndThreadsSameTrials();
    void medianPrunerComparesWithCompletedTrials();
    void pruningStopsAClearlyWorseTrialAndKeepsIt();
    void aDivergedTrialIsTheWorstResultAndTheSearchGoesOn();
    void cancellingStopsEveryWorkerWithinAnEpoch();
    void testScoreOnlyForTheBestAtTheEnd();
    void braninHasItsThreeMinima();
    void bayesBeatsRandomOnBranin();
    void bayesWithTwoWorkersIsReproducible();
};

// Keys in order, the last innermost: (a0,b0,c0), (a0,b0,c1), … with each value at the
// centre of its cell, so valueAt gives the listed value back.
void Search::gridVisitsEveryCombinationOnce()
{
    SearchSpace space;
    space.dimensions = {dimension("a", DimensionScale::Choice, 0, 1, {1, 2, 3}),
                        dimension("b", DimensionScale::Choice, 0, 1, {10, 20}),
                        dimension("c", DimensionScale::Choice, 0, 1, {0.5, 0.25, 0.125, 4})};
    GridProposer grid(space);
    QCOMPARE(grid.size(), 24LL);
    std::vector<Eigen::VectorXd> points = grid.propose({}, {}, 5);
    QCOMPARE(points.size(), std::size_t{5});
    for (std::vector<Eigen::VectorXd> more; !(more = grid.propose({}, {}, 7)).empty();)
        points.insert(points.end(), more.begin(), more.end());
    QCOMPARE(points.size(), std::size_t{24});
    std::set<std::vector<double>> seen;
    for (const Eigen::VectorXd &u : points) {
        std::vector<double> values;
        for (int k = 0; k < 3; ++k)
            values.push_back(space.dimensions[static_cast<std::size_t>(k)].valueAt(u[k]));
        seen.insert(values);
    }
    QCOMPARE(seen.size(), std::size_t{24});
    QCOMPARE(space.dimensions[2].valueAt(points[1][2]), 0.25);  // the last key moves first
    QCOMPARE(space.dimensions[1].valueAt(points[4][1]), 20.0);  // the middle key after 4
    QCOMPARE(space.dimensions[0].valueAt(points[8][0]), 2.0);   // the first key after 8
    QCOMPARE(space.dimensions[2].valueAt(points[3][2]), 4.0);
}

void Search::gridSearchRunsExactlyItsSize()
{
    SearchSpec spec;
    spec.strategy = SearchStrategy::Grid;
    spec.function = SurfaceSpec{SurfaceKind::Branin};
    spec.space.dimensions = {dimension("x", DimensionScale::Choice, 0, 1, {-5, 0, 5, 10}),
                             dimension("y", DimensionScale::Choice, 0, 1, {0, 7.5, 15})};
    spec.trials = 12;
    spec.threads = 2;
    const SearchResult result = search(spec);
    QCOMPARE(result.status, RunStatus::Finished);
    QCOMPARE(result.trials.size(), std::size_t{12});
    QCOMPARE(result.trials[5].values, (std::vector<double>{0, 15})); // x's second value, y's third
    for (std::size_t i = 0; i < result.trials.size(); ++i)
        QCOMPARE(result.trials[i].trial, static_cast<int>(i) + 1);
    // A budget beyond the grid ends with the grid.
    spec.trials = 40;
    QCOMPARE(search(spec).trials.size(), std::size_t{12});
}

// 4 000 draws, fixed seed: every value inside its range, and the Kolmogorov–Smirnov
// distance of the unit coordinate (linear: (v − lo)/(hi − lo); log: the same in log v)
// below 1.95/√n, the 0.1 % critical value; each choice within 4 σ of n/3.
void Search::randomSamplesFollowTheirScales()
{
    SearchSpace space;
    space.dimensions = {dimension("optimizer.lr", DimensionScale::Log, 1e-6, 1e-2),
                        dimension("model.dropout", DimensionScale::Linear, 0.0, 0.5),
                        dimension("batch_size", DimensionScale::Choice, 0, 1, {32, 64, 128})};
    RandomProposer random(3, 42);
    const int n = 4000;
    std::vector<double> logUnit, linearUnit;
    std::map<double, int> counts;
    for (const Eigen::VectorXd &u : random.propose({}, {}, n)) {
        const double lr = space.dimensions[0].valueAt(u[0]);
        const double dropout = space.dimensions[1].valueAt(u[1]);
        QVERIFY(lr >= 1e-6 && lr <= 1e-2);
        QVERIFY(dropout >= 0.0 && dropout <= 0.5);
        logUnit.push_back((std::log10(lr) + 6) / 4);
        linearUnit.push_back(dropout / 0.5);
        ++counts[space.dimensions[2].valueAt(u[2])];
    }
    const double critical = 1.95 / std::sqrt(n);
    QVERIFY2(ksDistance(logUnit) < critical, qPrintable(QString::number(ksDistance(logUnit))));
    QVERIFY2(ksDistance(linearUnit) < critical, qPrintable(QString::number(ksDistance(linearUnit))));
    // Not log-uniform by accident of a linear draw: a linear draw on [1e-6, 1e-2] puts 99 %
    // of its values above 1e-4, log-uniform puts half.
    const auto below = std::count_if(logUnit.begin(), logUnit.end(), [](double u) { return u < 0.5; });
    QVERIFY(std::abs(static_cast<double>(below) - n / 2.0) < 4 * std::sqrt(n / 4.0));
    QCOMPARE(counts.size(), std::size_t{3});
    for (const auto &[value, count] : counts)
        QVERIFY2(std::abs(count - n / 3.0) < 4 * std::sqrt(n * (1 / 3.0) * (2 / 3.0)), qPrintable(QString::number(count)));
    // Another seed, other points; the same seed, the same points.
    RandomProposer same(3, 42), other(3, 43);
    QCOMPARE(same.propose({}, {}, 1).front(), RandomProposer(3, 42).propose({}, {}, 1).front());
    QVERIFY(same.propose({}, {}, 1).front() != other.propose({}, {}, 1).front());
}

void Search::functionSearchScoresTheFunction()
{
    SearchSpec spec;
    spec.strategy = SearchStrategy::Random;
    spec.function = SurfaceSpec{SurfaceKind::Branin};
    spec.space.dimensions = {dimension("x", DimensionScale::Linear, -5, 10), dimension("y", DimensionScale::Linear, 0, 15)};
    spec.trials = 30;
    const SearchResult result = search(spec);
    QCOMPARE(result.trials.size(), std::size_t{30});
    const LossSurface branin(SurfaceSpec{SurfaceKind::Branin});
    for (const TrialRecord &trial : result.trials) {
        QCOMPARE(*trial.val_loss, branin.value(trial.values[0], trial.values[1]));
        QCOMPARE(trial.objective, *trial.val_loss);
        QVERIFY(!trial.val_acc);
        QCOMPARE(trial.epochs_run, 0);
        QCOMPARE(trial.status, TrialStatus::Ok);
    }
    QVERIFY(result.best);
    for (const TrialRecord &trial : result.trials)
        QVERIFY(result.trials[*result.best].objective <= trial.objective);
    QVERIFY(!result.test_loss);
}

// The same seed and thread count give the same trials, number for number, pruning on:
// a batch is proposed and pruned against finished batches only, so which worker is
// faster changes nothing.
void Search::sameSeedAndThreadsSameTrials()
{
    SearchSpec spec = lrSearch(SearchStrategy::Random, {}, 4);
    spec.seed = 11;
    spec.prune = PruneSpec{1};
    for (int threads : {1, 2}) {
        spec.threads = threads;
        const SearchResult first = search(spec);
        const SearchResult second = search(spec);
        QCOMPARE(first.trials.size(), std::size_t{6});
        QCOMPARE(second.trials.size(), first.trials.size());
        for (std::size_t i = 0; i < first.trials.size(); ++i) {
            QCOMPARE(second.trials[i].values, first.trials[i].values);
            QCOMPARE(second.trials[i].val_loss, first.trials[i].val_loss);
            QCOMPARE(second.trials[i].val_acc, first.trials[i].val_acc);
            QCOMPARE(second.trials[i].status, first.trials[i].status);
            QCOMPARE(second.trials[i].epochs_run, first.trials[i].epochs_run);
            QCOMPARE(second.trials[i].val_losses, first.trials[i].val_losses);
        }
    }
}

void Search::medianPrunerComparesWithCompletedTrials()
{
    MedianPruner pruner(2);
    QVERIFY(!pruner.shouldPrune(3, 1e9)); // nothing to compare with yet
    pruner.addCompleted({1.0, 0.8, 0.6, 0.5});
    pruner.addCompleted({1.0, 0.7, 0.4, 0.3});
    pruner.addCompleted({1.0, 0.9, 0.2, 0.1});
    QVERIFY(!pruner.shouldPrune(1, 5.0)); // in the warm-up
    QVERIFY(pruner.shouldPrune(2, 0.41));  // median 0.4
    QVERIFY(!pruner.shouldPrune(2, 0.4));  // not worse than the median
    pruner.addCompleted({1.0, 0.9, 0.3});
    QVERIFY(pruner.shouldPrune(2, 0.36));  // median of 0.2, 0.3, 0.4, 0.6 is 0.35
    QVERIFY(!pruner.shouldPrune(2, 0.35));
    QVERIFY(!pruner.shouldPrune(4, 9.0));  // no completed trial reached epoch 4
}

// Two good rates complete (the second, larger, is ahead of the first at every epoch, so
// it is not pruned); a rate 10⁴ times smaller barely moves, so at the first epoch
// after the warm-up its validation loss is above their median: it stops there, and its
// row stays with status pruned and the numbers of that epoch.
void Search::pruningStopsAClearlyWorseTrialAndKeepsIt()
{
    SearchSpec spec = lrSearch(SearchStrategy::Grid, {0.3, 0.5, 1e-5}, 5);
    spec.prune = PruneSpec{2};
    const SearchResult result = search(spec);
    QCOMPARE(result.trials.size(), std::size_t{3});
    QCOMPARE(result.trials[0].status, TrialStatus::Ok);
    QCOMPARE(result.trials[1].status, TrialStatus::Ok);
    const TrialRecord &slow = result.trials[2];
    QCOMPARE(slow.status, TrialStatus::Pruned);
    QCOMPARE(slow.epochs_run, 2);
    QCOMPARE(slow.best_epoch, 2);
    QCOMPARE(slow.val_losses.size(), std::size_t{3});
    QCOMPARE(*slow.val_loss, slow.val_losses.back());
    QCOMPARE(result.trials[0].epochs_run, 5);
    QVERIFY(*slow.val_loss > *result.trials[0].val_loss);
}

// η = 10⁶ overflows at once; its trial is a result with the worst objective seen, and the
// trial after it runs as usual.
void Search::aDivergedTrialIsTheWorstResultAndTheSearchGoesOn()
{
    SearchSpec spec = lrSearch(SearchStrategy::Grid, {0.1, 1e6, 0.05}, 3);
    spec.threads = 2;
    const SearchResult result = search(spec);
    QCOMPARE(result.status, RunStatus::Finished);
    QCOMPARE(result.trials.size(), std::size_t{3});
    const TrialRecord &diverged = result.trials[1];
    QCOMPARE(diverged.status, TrialStatus::Diverged);
    QVERIFY(!diverged.val_loss);
    QVERIFY(!diverged.message.empty());
    QCOMPARE(result.trials[2].status, TrialStatus::Ok);
    double worst = result.trials[0].objective;
    worst = std::max(worst, diverged.val_losses.front()); // its own loss before the first update
    QCOMPARE(diverged.objective, worst); // its batch's: trial 3 ran after it was settled
    QVERIFY(*result.best != 1);
}

// Two long trials on two workers; once both have sent an epoch row the flag is set from
// this thread: each worker sends at most one more row, and the search ends cancelled
// with neither unfinished trial in its results.
void Search::cancellingStopsEveryWorkerWithinAnEpoch()
{
    SearchSpec spec = lrSearch(SearchStrategy::Random, {}, 100000);
    spec.threads = 2;
    spec.trials = 4;
    std::atomic<bool> cancel{false};
    EpochCounter counter;
    SearchResult result;
    std::thread worker([&] { result = search(spec, counter, &cancel); });
    QTRY_VERIFY_WITH_TIMEOUT(counter.trialsWithRows.load() == 2, 60000);
    counter.cancelNow(cancel);
    worker.join();
    QCOMPARE(result.status, RunStatus::Cancelled);
    QVERIFY(result.trials.empty());
    QVERIFY2(counter.mostRowsAfterCancel() <= 1, qPrintable(QString::number(counter.mostRowsAfterCancel())));
}

// Trials never see the test part (their data has none); the best trial is rerun on the
// whole dataset once at the end, and its test score is the result's.
void Search::testScoreOnlyForTheBestAtTheEnd()
{
    SearchSpec spec = lrSearch(SearchStrategy::Grid, {0.3, 0.01}, 3);
    const TrialExperiment base = spec.experiment;
    spec.experiment = [base](const std::vector<double> &values) {
        TrainingSpec training = base(values);
        training.dataset = MoonsDataOptions{300, 0.2, SplitOptions{0.2, 0.2, true}};
        return training;
    };
    std::vector<Eigen::Index> testSizes;
    const auto watched = [&](const TrainingSpec &training) {
        auto data = cachedData(training);
        testSizes.push_back(data->test.size());
        return data;
    };
    const std::unique_ptr<Proposer> proposer = makeProposer(spec);
    SearchObserver observer;
    const SearchResult result = runSearch(spec, *proposer, observer, nullptr, watched);
    QVERIFY(result.best);
    QVERIFY(result.test_loss && result.test_acc);
    TrainingSpec best = spec.experiment(result.trials[*result.best].values);
    TrainingObserver quiet;
    const TrainingResult alone = runTraining(best, *cachedData(best), quiet);
    QCOMPARE(*result.test_loss, *alone.test_loss);
    QCOMPARE(testSizes.size(), std::size_t{3}); // two trials and the one rerun
}

void Search::braninHasItsThreeMinima()
{
    const LossSurface branin(SurfaceSpec{SurfaceKind::Branin});
    const double pi = std::numbers::pi;
    QCOMPARE(branin.value(0, 0), 56 - 10 / (8 * pi)); // 36 + 10·(1 − 1/(8π)) + 10
    const std::vector<std::array<double, 2>> minima = branin.minima();
    QCOMPARE(minima.size(), std::size_t{3});
    for (const auto &[x, y] : minima) {
        QVERIFY(std::abs(branin.value(x, y) - 0.397887) < 5e-7);
        QVERIFY(std::abs(branin.value(x, y) - 10 / (8 * pi)) < 1e-13);
        const std::array<double, 2> g = branin.gradient(x, y);
        QVERIFY(std::abs(g[0]) < 1e-12 && std::abs(g[1]) < 1e-12);
        // A minimum, not a saddle: every step of 10⁻³ goes up.
        for (double dx : {-1e-3, 0.0, 1e-3})
            for (double dy : {-1e-3, 0.0, 1e-3})
                QVERIFY((dx == 0 && dy == 0) || branin.value(x + dx, y + dy) > branin.value(x, y));
    }
    QCOMPARE(minima[2][0], 3 * pi);
    QVERIFY(std::abs(minima[2][0] - 9.42478) < 1e-5);
}

namespace {

SearchSpec braninSearch(SearchStrategy strategy, std::uint64_t seed, int threads)
{
    SearchSpec spec;
    spec.strategy = strategy;
    spec.seed = seed;
    spec.threads = threads;
    spec.function = SurfaceSpec{SurfaceKind::Branin};
    spec.space.dimensions = {dimension("x", DimensionScale::Linear, -5, 10), dimension("y", DimensionScale::Linear, 0, 15)};
    spec.trials = 30;
    return spec;
}

} // namespace

// Issue 16: at 30 trials on branin (minimum 0.397887), Bayesian optimisation's mean best
// value over seeds is well below random search's, through the whole search loop.
void Search::bayesBeatsRandomOnBranin()
{
    constexpr int seeds = 8;
    double bayes = 0;
    double random = 0;
    for (std::uint64_t seed = 0; seed < seeds; ++seed) {
        const SearchResult b = search(braninSearch(SearchStrategy::Bayes, seed, 1));
        const SearchResult r = search(braninSearch(SearchStrategy::Random, seed, 1));
        QCOMPARE(b.trials.size(), std::size_t{30});
        bayes += b.trials[*b.best].objective / seeds;
        random += r.trials[*r.best].objective / seeds;
    }
    qInfo("branin, 30 trials, mean best over %d seeds: bayes %.4f, random %.4f", seeds, bayes, random);
    QVERIFY(bayes >= 0.397887);
    QVERIFY2(bayes - 0.397887 < 0.5 * (random - 0.397887),
             qPrintable(QStringLiteral("bayes %1, random %2").arg(bayes).arg(random)));
}

// Two workers: batches of two proposals (constant liar), the same trials on every run.
void Search::bayesWithTwoWorkersIsReproducible()
{
    const SearchResult first = search(braninSearch(SearchStrategy::Bayes, 5, 2));
    const SearchResult second = search(braninSearch(SearchStrategy::Bayes, 5, 2));
    QCOMPARE(first.trials.size(), std::size_t{30});
    for (std::size_t i = 0; i < first.trials.size(); ++i) {
        QCOMPARE(first.trials[i].values, second.trials[i].values);
        QCOMPARE(first.trials[i].objective, second.trials[i].objective);
    }
    for (std::size_t i = 0; i + 1 < first.trials.size(); i += 2)
        QVERIFY(first.trials[i].values != first.trials[i + 1].values); // a batch's two points differ
}

QTEST_GUILESS_MAIN(Search)
#include "tst_search.moc"
