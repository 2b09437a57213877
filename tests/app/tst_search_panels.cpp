// Lesson 11's searches in the app: the lesson's runner runs a search as kobai-run's engine
// does (the same trials, to the bit), hands its trials and a Bayesian search's belief maps
// on, the trial charts plot each objective and the best so far, a search panel's picture
// places trials and maps in the panel's coordinates, an on-demand experiment waits for the
// learner, and cancelling a search stops every worker within one epoch.
#include "landscape/SearchPicture.h"
#include "run/ChartFeed.h"
#include "run/ExperimentRunner.h"
#include "run/LessonRun.h"

#include "Lesson.h"
#include "data/DatasetCache.h"
#include "search/ProposerFactory.h"
#include "search/SearchRun.h"

#include <QLineSeries>
#include <QTest>

#include <cmath>
#include <memory>

using namespace kobai;
using namespace kobai::app;

namespace {

constexpr int timeoutMs = 60000;

const QByteArray lessonJson = R"({
  "format_version": 1, "id": "searching", "order": 11,
  "title": {"ja": "探索", "en": "Search"}, "try_this": {"ja": "試す", "en": "Try"},
  "experiments": [
    {"name": "branin", "label": {"ja": "ベイズ", "en": "Bayes"},
     "experiment": {"kind": "search", "strategy": "bayes", "trials": 10, "seed": 3, "function": "branin",
                    "space": {"x": {"range": [-5, 10]}, "y": {"range": [0, 15]}}}},
    {"name": "random", "label": {"ja": "ランダム", "en": "Random"},
     "experiment": {"kind": "search", "strategy": "random", "trials": 4, "threads": 2,
                    "space": {"optimizer.lr": {"log": [0.001, 1]}, "regularization.l2": {"log": [1e-6, 0.01]}},
                    "experiment": {"dataset": {"name": "moons", "n": 100}, "model": {"hidden": [8]}, "epochs": 4}}},
    {"name": "grid", "label": {"ja": "グリッド", "en": "Grid"},
     "experiment": {"kind": "search", "strategy": "grid",
                    "space": {"optimizer.lr": {"values": [0.001, 0.01, 0.1, 1]}, "batch_size": {"values": [16, 32]}},
                    "experiment": {"dataset": {"name": "moons", "n": 100}, "model": {"hidden": [8]}, "epochs": 2}}},
    {"name": "long", "label": {"ja": "長い", "en": "Long"}, "on_demand": true,
     "experiment": {"kind": "search", "strategy": "random", "trials": 3, "function": "branin",
                    "space": {"x": {"range": [-5, 10]}, "y": {"range": [0, 15]}}}}],
  "charts": [
    {"title": {"ja": "最良値", "en": "Best so far"}, "x": "trial", "series": ["best_so_far", "objective"],
     "experiments": ["branin", "random"]}],
  "searches": [
    {"title": {"ja": "信念", "en": "Belief"}, "experiment": "branin", "x": "x", "y": "y",
     "show": ["trials", "mean", "sd", "ei"]},
    {"title": {"ja": "試行", "en": "Trials"}, "experiment": "random", "x": "optimizer.lr", "y": "regularization.l2"},
    {"title": {"ja": "格子", "en": "Grid"}, "experiment": "grid", "x": "optimizer.lr", "y": "batch_size"}]})";

/// The search of experiment e run by the engine directly, as kobai-run runs it.
SearchResult engineSearch(const config::Lesson &lesson, int e)
{
    const SearchSpec &spec = lesson.experiments.at(e).experiment.search.spec;
    const std::unique_ptr<Proposer> proposer = makeProposer(spec);
    SearchObserver none;
    return runSearch(spec, *proposer, none, nullptr, [](const TrainingSpec &training) {
        return DatasetCache::processWide().get(training.dataset, training.seed);
    });
}

} // namespace

class SearchPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchesRunInTheAppAsInTheEngine();
    void trialChartsPlotEachObjectiveAndTheBestSoFar();
    void panelPicturesPlaceTrialsAndBeliefs();
    void onDemandExperimentsWaitForTheLearner();
    void cancellingStopsEveryWorkerWithinOneEpoch();

private:
    config::Lesson m_lesson;
    std::unique_ptr<LessonRun> m_run;
};

void SearchPanels::initTestCase()
{
    m_lesson = config::parseLessonJson(lessonJson, QStringLiteral("tests/11-search"));
    m_run = std::make_unique<LessonRun>();
    m_run->clear(m_lesson.experiments.size());
    m_run->start(m_lesson);
    QTRY_VERIFY_WITH_TIMEOUT(!m_run->isRunning(), timeoutMs);
}

void SearchPanels::searchesRunInTheAppAsInTheEngine()
{
    for (int e : {0, 1}) {
        const SearchResult engine = engineSearch(m_lesson, e);
        const std::vector<TrialRecord> &app = m_run->traces().at(static_cast<std::size_t>(e)).trials;
        QCOMPARE(app.size(), engine.trials.size());
        for (std::size_t t = 0; t < app.size(); ++t) {
            QCOMPARE(app[t].trial, engine.trials[t].trial);
            QCOMPARE(app[t].values, engine.trials[t].values);
            QCOMPARE(app[t].objective, engine.trials[t].objective);
        }
        QCOMPARE(m_run->traces()[static_cast<std::size_t>(e)].outcome->stopEpoch, static_cast<int>(app.size()));
    }
    // One belief map (the branin panel draws maps; the random one none), made by the proposal
    // of the last batch: its model saw the trials before that batch and chose its one point.
    const RunTrace &branin = m_run->traces()[0];
    QCOMPARE(branin.trials.size(), std::size_t{10});
    QCOMPARE(branin.beliefs.size(), std::size_t{1});
    const BeliefMap &map = branin.beliefs[0];
    QCOMPARE(map.mean.rows(), 40);
    QCOMPARE(map.mean.cols(), 40);
    QVERIFY(map.mean.allFinite() && map.sd.allFinite() && map.improvement.allFinite());
    QVERIFY(map.sd.minCoeff() >= 0 && map.improvement.minCoeff() >= 0);
    QCOMPARE(map.chosen.size(), std::size_t{1});
    QVERIFY((map.chosen[0] - branin.trials.back().unit).norm() < 1e-12);
    QVERIFY(m_run->traces()[1].beliefs.empty());
}

void SearchPanels::trialChartsPlotEachObjectiveAndTheBestSoFar()
{
    const ChartFeed feed(m_lesson, m_run->traces());
    const QVariantList plan = feed.series(0);
    QCOMPARE(plan.size(), 4); // best_so_far and objective of two searches
    std::vector<std::unique_ptr<QLineSeries>> lines;
    QVariantList handles;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        lines.push_back(std::make_unique<QLineSeries>());
        handles << QVariant::fromValue<QObject *>(lines.back().get());
    }
    const QVariantMap range = feed.fill(0, handles, 800, false);
    QVERIFY(!range.value("empty").toBool());
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const QVariantMap curve = plan[i].toMap();
        const auto &trials = m_run->traces().at(curve.value("experiment").toUInt()).trials;
        const QList<QPointF> points = lines[static_cast<std::size_t>(i)]->points();
        QCOMPARE(points.size(), static_cast<qsizetype>(trials.size()));
        double best = INFINITY;
        for (qsizetype t = 0; t < points.size(); ++t) {
            best = std::min(best, trials[static_cast<std::size_t>(t)].objective);
            QCOMPARE(points[t].x(), double(t + 1));
            const double expected = curve.value("column") == "best_so_far" ? best : trials[static_cast<std::size_t>(t)].objective;
            QCOMPARE(points[t].y(), expected);
        }
    }
}

void SearchPanels::panelPicturesPlaceTrialsAndBeliefs()
{
    const SearchPicture belief = searchPicture(m_lesson, 0, m_run->traces());
    QCOMPARE(belief.panes.size(), std::size_t{3});
    QVERIFY(belief.showTrials);
    QCOMPARE(belief.trials.size(), std::size_t{10});
    QCOMPARE(belief.cellX.size(), 40);
    QCOMPARE(belief.cellX(0), -5.0);
    QCOMPARE(belief.cellY(39), 15.0);
    for (const SearchPane &pane : belief.panes) {
        QCOMPARE(pane.values.rows(), 40);
        QVERIFY(pane.low <= pane.high);
    }
    QCOMPARE(belief.panes[0].layer, config::LessonSearch::Layer::Mean);
    QVERIFY(!belief.panes[0].brighterIsHigher);
    QVERIFY(belief.panes[2].brighterIsHigher);
    QCOMPARE(belief.chosen.size(), std::size_t{1});
    QCOMPARE(belief.chosen[0], belief.trials.back().at);

    // Log keys on log₁₀ axes; no maps for a random search, one pane of the trials coloured
    // over their objectives' range.
    const SearchPicture trials = searchPicture(m_lesson, 1, m_run->traces());
    QVERIFY(trials.logX && trials.logY);
    QCOMPARE(trials.x0, -3.0);
    QCOMPARE(trials.y1, -2.0);
    QCOMPARE(trials.panes.size(), std::size_t{1});
    QCOMPARE(trials.panes[0].layer, config::LessonSearch::Layer::Trials);
    const auto &records = m_run->traces()[1].trials;
    for (std::size_t t = 0; t < records.size(); ++t) {
        QCOMPARE(trials.trials[t].at.x(), std::log10(records[t].values[0]));
        QVERIFY(trials.trials[t].at.x() >= trials.x0 && trials.trials[t].at.x() <= trials.x1);
        QVERIFY(trials.trials[t].objective >= trials.panes[0].low && trials.trials[t].objective <= trials.panes[0].high);
    }
    QVERIFY(trials.chosen.empty());

    // A grid's values a decade apart lie on a log₁₀ axis, as a log range would; batch sizes
    // 16 and 32 on a plain one; half the spacing of the values around them.
    const SearchPicture grid = searchPicture(m_lesson, 2, m_run->traces());
    QVERIFY(grid.logX && !grid.logY);
    QCOMPARE(grid.x0, -3.5);
    QCOMPARE(grid.x1, 0.5);
    QCOMPARE(grid.y0, 8.0);
    QCOMPARE(grid.y1, 40.0);
    QCOMPARE(grid.trials.size(), std::size_t{8});
    for (const SearchPoint &point : grid.trials) {
        QVERIFY(std::abs(point.at.x() - std::round(point.at.x())) < 1e-12);
        QVERIFY(point.at.y() == 16.0 || point.at.y() == 32.0);
    }
}

void SearchPanels::onDemandExperimentsWaitForTheLearner()
{
    LessonRun run;
    run.clear(m_lesson.experiments.size());
    run.start(m_lesson);
    QTRY_VERIFY_WITH_TIMEOUT(!run.isRunning(), timeoutMs);
    QVERIFY(run.traces()[3].trials.empty());
    QVERIFY(!run.traces()[3].outcome);
    QCOMPARE(run.outcomes(m_lesson)[3].toMap().value("status").toString(), QString());
    run.runOnDemand(m_lesson, 3);
    QTRY_VERIFY_WITH_TIMEOUT(run.traces()[3].outcome.has_value(), timeoutMs);
    QCOMPARE(run.traces()[3].trials.size(), std::size_t{3});
    // The others kept their results: only the one asked for ran.
    QCOMPARE(run.traces()[0].trials.size(), std::size_t{10});
}

void SearchPanels::cancellingStopsEveryWorkerWithinOneEpoch()
{
    // Two workers, trials of 3 000 epochs each: far longer than the test waits.
    const QByteArray json = R"({"kind": "search", "strategy": "random", "trials": 8, "threads": 2,
        "space": {"optimizer.lr": {"log": [0.001, 0.1]}},
        "experiment": {"dataset": {"name": "moons", "n": 400}, "model": {"hidden": [16]}, "epochs": 3000}})";
    ExperimentRunner runner;
    runner.start({RunRequest{QStringLiteral("long"), config::parseExperiment(json, QStringLiteral("long.json"))}});
    QTRY_VERIFY_WITH_TIMEOUT(runner.updatesProduced() >= 6, timeoutMs);
    runner.stop();
    const long long atStop = runner.updatesProduced();
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), timeoutMs);
    // A worker in the middle of an epoch leaves it at the next update; at most one epoch
    // per worker can have been ending just as the flag was set.
    QVERIFY2(runner.updatesProduced() - atStop <= 2,
             qPrintable(QString("%1 epochs after the stop").arg(runner.updatesProduced() - atStop)));
}

QTEST_MAIN(SearchPanels)
#include "tst_search_panels.moc"
