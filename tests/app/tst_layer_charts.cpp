// The layer charts (x "activation", "weight", "layer") of a small lesson under
// tests/data/layer-charts, run by the app's runner and drawn by ChartFeed, against the
// engine's LayerStatistics of the same experiments run here directly (same seeds, so the
// same numbers): a histogram is a step line whose bin k is flat at count_k / total over
// [low + k·w, low + (k + 1)·w]; a "layer" curve is one point per hidden layer.
#include "run/ChartFeed.h"
#include "run/LessonRun.h"

#include "Lesson.h"
#include "data/DatasetFactory.h"
#include "train/TrainingRun.h"

#include <QLineSeries>
#include <QTest>

#include <cmath>
#include <memory>

using namespace kobai;
using namespace kobai::app;

namespace {

constexpr int timeoutMs = 20000;

class Records : public TrainingObserver
{
public:
    void onEpoch(const EpochRecord &record) override { epochs.push_back(record); }
    std::vector<EpochRecord> epochs;
};

/// The engine's layer statistics of experiment e at `epoch`, from a run of its own.
std::vector<LayerStatistics> engineLayers(const config::Lesson &lesson, int e, int epoch)
{
    const TrainingSpec &spec = lesson.experiments.at(e).experiment.training;
    const Dataset data = makeDataset(spec.dataset, spec.seed);
    Records records;
    runTraining(spec, data, records);
    for (const EpochRecord &record : records.epochs)
        if (record.epoch == epoch)
            return record.layers;
    return {};
}

/// Fills chart `chart` into fresh line series (kept by `owner`), one per planned curve.
QList<QLineSeries *> fillChart(const ChartFeed &feed, int chart, std::vector<std::unique_ptr<QLineSeries>> &owner,
                               QVariantMap &range)
{
    QVariantList handles;
    QList<QLineSeries *> lines;
    for (qsizetype i = 0; i < feed.series(chart).size(); ++i) {
        owner.push_back(std::make_unique<QLineSeries>());
        lines << owner.back().get();
        handles << QVariant::fromValue<QObject *>(owner.back().get());
    }
    range = feed.fill(chart, handles, 800, false);
    return lines;
}

bool near(double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b)); }

/// Checks one drawn histogram against the engine's bins.
void compareHistogram(const QLineSeries &line, double low, double high,
                      const std::array<long long, layerHistogramBins> &counts)
{
    const QList<QPointF> points = line.points();
    QCOMPARE(points.size(), 2 * layerHistogramBins + 2);
    double total = 0;
    for (long long count : counts)
        total += static_cast<double>(count);
    QVERIFY(total > 0);
    QCOMPARE(points.front(), QPointF(low, 0));
    QCOMPARE(points.back(), QPointF(high, 0));
    const double width = (high - low) / layerHistogramBins;
    double sum = 0;
    for (int k = 0; k < layerHistogramBins; ++k) {
        const QPointF left = points[1 + 2 * k];
        const QPointF right = points[2 + 2 * k];
        const double fraction = static_cast<double>(counts[static_cast<std::size_t>(k)]) / total;
        QVERIFY2(near(left.y(), fraction) && near(right.y(), fraction),
                 qPrintable(QStringLiteral("bin %1: %2 drawn, %3 measured").arg(k).arg(left.y()).arg(fraction)));
        QVERIFY(near((left.x() + right.x()) / 2, low + (k + 0.5) * width)); // centred on the bin centre
        QVERIFY(near(right.x() - left.x(), width));
        sum += left.y();
    }
    QVERIFY(near(sum, 1.0));
}

} // namespace

class LayerCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void activationHistogramsOfOneRunByColour();
    void overlaidRunsNameExperimentAndLayer();
    void weightHistogram();
    void gradientNormPerLayer();

private:
    std::optional<config::Lesson> m_lesson;
    LessonRun m_run;
};

void LayerCharts::initTestCase()
{
    m_lesson = config::readLessonFolder(QStringLiteral(KOBAI_SOURCE_DIR "/tests/data/layer-charts/10-layers"));
    QCOMPARE(m_lesson->charts.size(), 4);
    m_run.clear(m_lesson->experiments.size());
    m_run.start(*m_lesson);
    QTRY_VERIFY_WITH_TIMEOUT(!m_run.isRunning() && m_run.traces()[0].outcome && m_run.traces()[1].outcome, timeoutMs);
}

void LayerCharts::activationHistogramsOfOneRunByColour()
{
    const ChartFeed feed(*m_lesson, m_run.traces());
    const QVariantList plan = feed.series(0);
    QCOMPARE(plan.size(), 3);
    for (int s = 0; s < 3; ++s) {
        const QVariantMap entry = plan[s].toMap();
        QCOMPARE(entry.value("experiment").toInt(), 0);
        QCOMPARE(entry.value("column").toString(), QStringLiteral("layer%1").arg(s + 1));
        QCOMPARE(entry.value("colour").toInt(), s); // one run: its layers by colour, solid
        QCOMPARE(entry.value("style").toInt(), 0);
    }
    std::vector<std::unique_ptr<QLineSeries>> owner;
    QVariantMap range;
    const QList<QLineSeries *> lines = fillChart(feed, 0, owner, range);
    QVERIFY(!range.value("empty").toBool());
    QVERIFY(range.value("markers").toList().isEmpty());
    const std::vector<LayerStatistics> layers = engineLayers(*m_lesson, 0, 0);
    QCOMPARE(layers.size(), std::size_t{3});
    for (int s = 0; s < 3; ++s) {
        const LayerStatistics &layer = layers[static_cast<std::size_t>(s)];
        QCOMPARE(layer.histogramLow, 0.0); // sigmoid: [0, 1]
        compareHistogram(*lines[s], layer.histogramLow, layer.histogramHigh, layer.histogram);
    }
    // The x axis spans the bins, the y axis the largest fraction.
    QCOMPARE(range.value("xMin").toDouble(), 0.0);
    QCOMPARE(range.value("xMax").toDouble(), 1.0);
}

void LayerCharts::overlaidRunsNameExperimentAndLayer()
{
    const ChartFeed feed(*m_lesson, m_run.traces());
    const QVariantList plan = feed.series(1);
    QCOMPARE(plan.size(), 4); // (sigmoid, relu) × (layer1, layer3)
    const int layerOf[] = {1, 3};
    for (int i = 0; i < 4; ++i) {
        const QVariantMap entry = plan[i].toMap();
        QCOMPARE(entry.value("experiment").toInt(), i / 2);
        QCOMPARE(entry.value("colour").toInt(), i / 2); // runs by colour, layers by dash
        QCOMPARE(entry.value("style").toInt(), i % 2);
        QCOMPARE(entry.value("column").toString(), QStringLiteral("layer%1").arg(layerOf[i % 2]));
    }
    std::vector<std::unique_ptr<QLineSeries>> owner;
    QVariantMap range;
    const QList<QLineSeries *> lines = fillChart(feed, 1, owner, range);
    for (int e = 0; e < 2; ++e) {
        const std::vector<LayerStatistics> layers = engineLayers(*m_lesson, e, 3);
        QCOMPARE(layers.size(), std::size_t{3});
        for (int l = 0; l < 2; ++l) {
            const LayerStatistics &layer = layers[static_cast<std::size_t>(layerOf[l] - 1)];
            compareHistogram(*lines[2 * e + l], layer.histogramLow, layer.histogramHigh, layer.histogram);
        }
    }
}

void LayerCharts::weightHistogram()
{
    const ChartFeed feed(*m_lesson, m_run.traces());
    std::vector<std::unique_ptr<QLineSeries>> owner;
    QVariantMap range;
    const QList<QLineSeries *> lines = fillChart(feed, 2, owner, range);
    QCOMPARE(lines.size(), 1);
    const LayerStatistics layer = engineLayers(*m_lesson, 1, 3).at(1);
    QVERIFY(layer.weightHistogramHigh > 0);
    QCOMPARE(layer.weightHistogramLow, -layer.weightHistogramHigh);
    compareHistogram(*lines[0], layer.weightHistogramLow, layer.weightHistogramHigh, layer.weightHistogram);
    // 20 × 20 weights: the fractions are multiples of 1/400.
    for (const QPointF &p : lines[0]->points())
        QVERIFY(near(p.y() * 400, std::round(p.y() * 400)));
}

void LayerCharts::gradientNormPerLayer()
{
    const ChartFeed feed(*m_lesson, m_run.traces());
    std::vector<std::unique_ptr<QLineSeries>> owner;
    QVariantMap range;
    const QList<QLineSeries *> lines = fillChart(feed, 3, owner, range);
    QCOMPARE(lines.size(), 2);
    for (int e = 0; e < 2; ++e) {
        const std::vector<LayerStatistics> layers = engineLayers(*m_lesson, e, 3);
        const QList<QPointF> points = lines[e]->points();
        QCOMPARE(points.size(), 3);
        for (int l = 0; l < 3; ++l) {
            QCOMPARE(points[l].x(), double(l + 1));
            QVERIFY(near(points[l].y(), layers[static_cast<std::size_t>(l)].weightGradientNorm));
        }
    }
    QCOMPARE(range.value("xMin").toDouble(), 1.0);
    QCOMPARE(range.value("xMax").toDouble(), 3.0);
}

QTEST_MAIN(LayerCharts)
#include "tst_layer_charts.moc"
