// The app runs kind "gradient_noise" experiments: a lesson chart with x "batch_size"
// (tests/data/gradient-noise) shows, point for point, the rows the engine's
// measureGradientNoise gives for the same experiment, and a measurement stops soon after
// its cancel flag is set, as training runs do.
#include "run/ChartFeed.h"
#include "run/ExperimentRunner.h"
#include "run/LessonRun.h"

#include "data/DatasetCache.h"

#include <QJsonDocument>
#include <QLineSeries>
#include <QTest>

#include <memory>

using namespace kobai;
using namespace kobai::app;

namespace {

constexpr int timeoutMs = 20000;

/// Discards the training's epochs (the measurement here trains for 0 epochs).
struct NoEpochs : TrainingObserver {};

} // namespace

class GradientNoiseChart : public QObject
{
    Q_OBJECT

private slots:
    void aLessonChartShowsTheEnginesNumbers();
    void aMeasurementIsCancelledBetweenBatches();
};

void GradientNoiseChart::aLessonChartShowsTheEnginesNumbers()
{
    const QList<config::LessonLoad> loads =
        config::readLessonsUnder(QStringLiteral(KOBAI_SOURCE_DIR "/tests/data/gradient-noise"));
    QCOMPARE(loads.size(), 1);
    QVERIFY2(loads[0].lesson, qPrintable(loads[0].error));
    const config::Lesson &lesson = *loads[0].lesson;

    LessonRun run;
    run.clear(lesson.experiments.size());
    run.start(lesson);
    QTRY_VERIFY_WITH_TIMEOUT(!run.isRunning() && run.traces()[0].outcome, timeoutMs);
    QCOMPARE(run.traces()[0].outcome->status, RunStatus::Finished);
    QVERIFY(!run.traces()[0].outcome->failed);

    const GradientNoiseSpec &spec = lesson.experiments[0].experiment.gradient_noise;
    const std::shared_ptr<const Dataset> data = DatasetCache::processWide().get(spec.training.dataset, spec.training.seed);
    NoEpochs observer;
    const GradientNoiseResult engine = measureGradientNoise(spec, *data, observer);
    QCOMPARE(engine.rows.size(), std::size_t{5});

    const ChartFeed feed(lesson, run.traces());
    for (int chart = 0; chart < 2; ++chart) {
        const QVariantList plan = feed.series(chart);
        QCOMPARE(plan.size(), lesson.charts[chart].series.size());
        std::vector<std::unique_ptr<QLineSeries>> lines;
        QVariantList series;
        for (qsizetype i = 0; i < plan.size(); ++i) {
            lines.push_back(std::make_unique<QLineSeries>());
            series.append(QVariant::fromValue<QObject *>(lines.back().get()));
        }
        const QVariantMap range = feed.fill(chart, series, 800, lesson.charts[chart].logY);
        QCOMPARE(range.value(QStringLiteral("empty")).toBool(), false);
        QVERIFY(range.value(QStringLiteral("xMin")).toDouble() <= 1);
        QVERIFY(range.value(QStringLiteral("xMax")).toDouble() >= (lesson.charts[chart].logY ? 64 : 200));
        for (qsizetype s = 0; s < plan.size(); ++s) {
            const QString column = plan[s].toMap().value(QStringLiteral("column")).toString();
            QList<QPointF> expected;
            for (const GradientNoiseRow &row : engine.rows) {
                const double y = column == QLatin1String("gradient_variance")   ? row.gradient_variance
                    : column == QLatin1String("predicted_variance")               ? row.predicted_variance
                    : column == QLatin1String("finite_population_factor")         ? row.finite_population_factor
                    : column == QLatin1String("mean_gradient_norm")               ? row.mean_gradient_norm
                                                                                   : row.mean_deviation;
                // A log axis cannot show the variance 0 of B = N: that point is left out.
                if (!lesson.charts[chart].logY || y > 0)
                    expected.append(QPointF(static_cast<double>(row.batch_size), y));
            }
            // The same seed, data and weights: the same batches, the same numbers (QPointF's
            // comparison: 12 significant digits).
            QCOMPARE(lines[static_cast<std::size_t>(s)]->points(), expected);
            QCOMPARE(expected.size(), qsizetype{lesson.charts[chart].logY ? 4 : 5});
        }
    }
    // At B = 200 = N every batch is the whole set: variance and factor exactly 0.
    QCOMPARE(engine.rows.back().gradient_variance, 0.0);
    QCOMPARE(engine.rows.back().finite_population_factor, 0.0);
}

void GradientNoiseChart::aMeasurementIsCancelledBetweenBatches()
{
    // A million batches of the whole set: hours, unless the cancel flag is read between them.
    const QJsonObject object = QJsonDocument::fromJson(R"({"kind": "gradient_noise",
        "dataset": {"name": "moons", "n": 1250}, "model": {"name": "mlp", "hidden": [16]},
        "batch_sizes": [1000], "repeats": 1000000})").object();
    std::vector<RunRequest> runs;
    runs.push_back({QStringLiteral("noise"),
                    config::parseExperimentObject(object, QStringLiteral("experiment"), QStringLiteral("test"))});
    ExperimentRunner runner;
    bool started = false;
    std::optional<RunOutcome> outcome;
    connect(&runner, &ExperimentRunner::batchReady, this, [&](const RunBatch &batch) {
        for (const RunChunk &chunk : batch) {
            started = started || chunk.trainSamples > 0; // the worker has the data: it measures next
            if (chunk.outcome)
                outcome = chunk.outcome;
        }
    });
    runner.start(std::move(runs));
    QTRY_VERIFY_WITH_TIMEOUT(started, timeoutMs);
    QVERIFY(!outcome);
    runner.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), timeoutMs);
    QVERIFY(outcome);
    QVERIFY(!outcome->failed);
    QCOMPARE(outcome->status, RunStatus::Cancelled);
}

QTEST_MAIN(GradientNoiseChart)
#include "tst_gradient_noise_chart.moc"
