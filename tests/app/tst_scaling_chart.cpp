// The app runs kind "scaling" experiments and draws an async run's staleness
// (tests/data/scaling): a chart with x "workers" shows, point for point, the rows the
// engine's runScaling gives for the same experiment (stated compute times, so the same
// numbers), with the ideal line y = K; a measured compute time gives a curve of the model's
// shape; a chart with x "staleness" shows the run's updates per staleness value, counts that
// sum to the run's updates with the CSV's mean staleness.
#include "run/ChartFeed.h"
#include "run/LessonRun.h"

#include "data/DatasetCache.h"

#include <QLineSeries>
#include <QTest>

#include <cmath>
#include <memory>

using namespace kobai;
using namespace kobai::app;

namespace {

constexpr int timeoutMs = 20000;

/// Fills chart `chart` into fresh series; their points, one list per planned series.
QList<QList<QPointF>> filled(const ChartFeed &feed, const config::Lesson &lesson, int chart)
{
    const QVariantList plan = feed.series(chart);
    std::vector<std::unique_ptr<QLineSeries>> lines;
    QVariantList series;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        lines.push_back(std::make_unique<QLineSeries>());
        series.append(QVariant::fromValue<QObject *>(lines.back().get()));
    }
    const QVariantMap range = feed.fill(chart, series, 800, lesson.charts[chart].logY);
    if (range.value(QStringLiteral("empty")).toBool())
        return {};
    QList<QList<QPointF>> points;
    for (const auto &line : lines)
        points.append(line->points());
    return points;
}

} // namespace

class ScalingChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workersChartShowsTheEnginesRows();
    void measuredCurveHasTheModelsShape();
    void stalenessChartCountsTheRunsUpdates();
    void updatesPerEpochCountWholeGlobalBatches();

private:
    std::optional<config::Lesson> m_lesson;
    LessonRun m_run;
};

void ScalingChart::initTestCase()
{
    const QList<config::LessonLoad> loads = config::readLessonsUnder(QStringLiteral(KOBAI_SOURCE_DIR "/tests/data/scaling"));
    QCOMPARE(loads.size(), 1);
    QVERIFY2(loads[0].lesson, qPrintable(loads[0].error));
    m_lesson = *loads[0].lesson;
    m_run.clear(m_lesson->experiments.size());
    m_run.start(*m_lesson);
    QTRY_VERIFY_WITH_TIMEOUT(!m_run.isRunning(), timeoutMs);
    for (const RunTrace &trace : m_run.traces()) {
        QVERIFY(trace.outcome);
        QVERIFY2(!trace.outcome->failed, qPrintable(trace.outcome->message));
        QCOMPARE(trace.outcome->status, RunStatus::Finished);
    }
}

void ScalingChart::workersChartShowsTheEnginesRows()
{
    const config::Lesson &lesson = *m_lesson;
    const ChartFeed feed(lesson, m_run.traces());
    const QList<QList<QPointF>> speedup = filled(feed, lesson, 0);
    QCOMPARE(speedup.size(), 6); // 3 experiments × (speedup, ideal)
    const QList<QList<QPointF>> columns = filled(feed, lesson, 1);
    QCOMPARE(columns.size(), 8); // 2 experiments × 4 columns
    for (int e = 0; e < 2; ++e) {
        const ScalingSpec &spec = lesson.experiments[e].experiment.scaling;
        const std::shared_ptr<const Dataset> data =
            DatasetCache::processWide().get(spec.training.dataset, spec.training.seed);
        const ScalingResult engine = runScaling(spec, *data);
        QCOMPARE(engine.rows.size(), std::size_t{11});
        QList<QPointF> expectedSpeedup, ideal, efficiency, samples, update, communication;
        for (const ScalingRow &row : engine.rows) {
            expectedSpeedup.append(QPointF(row.workers, row.speedup));
            ideal.append(QPointF(row.workers, row.workers));
            efficiency.append(QPointF(row.workers, row.efficiency));
            samples.append(QPointF(row.workers, row.samples_per_second));
            update.append(QPointF(row.workers, row.update_seconds));
            // K = 1 communicates for 0 s: a point a linear axis shows.
            communication.append(QPointF(row.workers, row.communication_seconds));
        }
        QCOMPARE(speedup[2 * e], expectedSpeedup);
        QCOMPARE(speedup[2 * e + 1], ideal);
        QCOMPARE(columns[4 * e], efficiency);
        QCOMPARE(columns[4 * e + 1], samples);
        QCOMPARE(columns[4 * e + 2], update);
        QCOMPARE(columns[4 * e + 3], communication);
    }
    // NVLink keeps more of the ideal than 1 GbE at every K > 1.
    for (qsizetype k = 1; k < speedup[0].size(); ++k)
        QVERIFY(speedup[2][k].y() > speedup[0][k].y());
}

void ScalingChart::measuredCurveHasTheModelsShape()
{
    const RunTrace &trace = m_run.traces()[2];
    QCOMPARE(trace.scaling.size(), std::size_t{4});
    const double computeSeconds = trace.scaling.front().compute_seconds;
    QVERIFY(computeSeconds > 0);
    for (const ScalingRow &row : trace.scaling) {
        QCOMPARE(row.compute_seconds, computeSeconds);
        QCOMPARE(row.speedup, row.workers * computeSeconds / row.update_seconds);
    }
    QCOMPARE(trace.scaling.front().speedup, 1.0);
}

void ScalingChart::stalenessChartCountsTheRunsUpdates()
{
    const config::Lesson &lesson = *m_lesson;
    const RunTrace &trace = m_run.traces()[3];
    const ChartFeed feed(lesson, m_run.traces());
    const QList<QList<QPointF>> chart = filled(feed, lesson, 2);
    QCOMPARE(chart.size(), 1);
    const QList<QPointF> &steps = chart[0];
    // A step line: (−½, 0), then each value s's top from s − ½ to s + ½, then down to 0.
    QVERIFY(steps.size() >= 4);
    QCOMPARE(steps.first(), QPointF(-0.5, 0));
    QCOMPARE(steps.last().y(), 0.0);
    double counted = 0;
    double weighted = 0;
    double meanOfEpochs = 0; // Σ over epochs of mean × updates
    long long maximum = 0;
    for (qsizetype i = 1; i + 1 < steps.size(); i += 2) {
        QCOMPARE(steps[i].y(), steps[i + 1].y());
        QCOMPARE(steps[i + 1].x() - steps[i].x(), 1.0);
        const double value = steps[i].x() + 0.5;
        counted += steps[i].y();
        weighted += value * steps[i].y();
    }
    for (std::size_t e = 1; e < trace.epochs.size(); ++e) {
        const DataParallelRecord &parallel = *trace.epochs[e].parallel;
        const auto updates = static_cast<double>(trace.epochs[e].updates - trace.epochs[e - 1].updates);
        meanOfEpochs += parallel.staleness_mean * updates;
        maximum = std::max(maximum, parallel.staleness_max);
    }
    // 400 training samples in batches of 10: 40 updates an epoch, 3 epochs.
    QCOMPARE(counted, 120.0);
    QCOMPARE(static_cast<double>(trace.epochs.back().updates), counted);
    QVERIFY(std::abs(weighted - meanOfEpochs) < 1e-9);
    QCOMPARE(steps[steps.size() - 2].x(), static_cast<double>(maximum) + 0.5);

    // On a log axis every step is kept: empty bins (and the closing ends) fall to ½, below
    // the axis's 1, instead of being dropped and their neighbours joined across them.
    QLineSeries logLine;
    const QVariantMap range = feed.fill(2, {QVariant::fromValue<QObject *>(&logLine)}, 800, true);
    QVERIFY(!range.value(QStringLiteral("empty")).toBool());
    const QList<QPointF> logSteps = logLine.points();
    QCOMPARE(logSteps.size(), steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(logSteps[i], steps[i].y() == 0.0 ? QPointF(steps[i].x(), 0.5) : steps[i]);
    QVERIFY(range.value(QStringLiteral("yMin")).toDouble() <= 0.5);
}

QTEST_MAIN(ScalingChart)
// The lesson page's "updates per epoch" line: a sync run makes ⌈N/(K·B)⌉ updates an epoch,
// an async one ⌈N/B⌉ (its workers each update with their own batch) — as the runs did.
void ScalingChart::updatesPerEpochCountWholeGlobalBatches()
{
    const QVariantList entries = m_run.updatesPerEpoch(*m_lesson);
    QCOMPARE(entries.size(), 2); // the two training runs
    const QList<long long> expected{40, 10}; // 400 samples: batches of 10 (async) and 4 × 10 (sync)
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QVariantMap entry = entries[i].toMap();
        const auto experiment = static_cast<std::size_t>(entry.value(QStringLiteral("experiment")).toInt());
        QCOMPARE(entry.value(QStringLiteral("samples")).toLongLong(), 400LL);
        QCOMPARE(entry.value(QStringLiteral("updates")).toLongLong(), expected[i]);
        QCOMPARE(m_run.traces()[experiment].epochs[1].updates, expected[i]);
    }
}

#include "tst_scaling_chart.moc"
