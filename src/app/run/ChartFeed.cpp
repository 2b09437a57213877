#include "ChartFeed.h"

#include "run/AxisRange.h"
#include "run/SeriesDecimator.h"
#include "run/SeriesFeed.h"
#include "run/TrialCurve.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace kobai::app {

namespace {

std::optional<double> column(const EpochRecord &record, const QString &name)
{
    if (name == QLatin1String("train_loss"))
        return record.train_loss;
    if (name == QLatin1String("val_loss"))
        return record.val_loss;
    if (name == QLatin1String("train_acc"))
        return record.train_acc;
    if (name == QLatin1String("val_acc"))
        return record.val_acc;
    if (name == QLatin1String("lr"))
        return record.lr;
    return std::nullopt;
}

/// A gradient-noise row's column (x "batch_size"); NaN for a name it does not have.
double noiseColumn(const GradientNoiseRow &row, const QString &name)
{
    if (name == QLatin1String("gradient_variance"))
        return row.gradient_variance;
    if (name == QLatin1String("predicted_variance"))
        return row.predicted_variance;
    if (name == QLatin1String("samples_per_second"))
        return row.samples_per_second;
    if (name == QLatin1String("mean_gradient_norm"))
        return row.mean_gradient_norm;
    if (name == QLatin1String("mean_deviation"))
        return row.mean_deviation;
    if (name == QLatin1String("finite_population_factor"))
        return row.finite_population_factor;
    return std::numeric_limits<double>::quiet_NaN();
}

/// A scaling row's column (x "workers"); "ideal" is the speed-up K of workers that never
/// wait; NaN for a name it does not have.
double scalingColumn(const ScalingRow &row, const QString &name)
{
    if (name == QLatin1String("speedup"))
        return row.speedup;
    if (name == QLatin1String("efficiency"))
        return row.efficiency;
    if (name == QLatin1String("samples_per_second"))
        return row.samples_per_second;
    if (name == QLatin1String("update_seconds"))
        return row.update_seconds;
    if (name == QLatin1String("communication_seconds"))
        return row.communication_seconds;
    if (name == QLatin1String("ideal"))
        return row.workers;
    return std::numeric_limits<double>::quiet_NaN();
}

/// An async run's updates per staleness value over all its epochs so far, as a step line:
/// value s a flat top from s − ½ to s + ½ at its count, closed down to 0 at both ends (the
/// layer histograms' shape, in counts: the run's updates, not fractions).
std::vector<QPointF> stalenessSteps(const std::vector<EpochRecord> &epochs)
{
    std::vector<long long> counts;
    for (const EpochRecord &record : epochs) {
        if (!record.parallel)
            continue;
        const std::vector<long long> &epoch = record.parallel->staleness_counts;
        if (counts.size() < epoch.size())
            counts.resize(epoch.size(), 0);
        for (std::size_t s = 0; s < epoch.size(); ++s)
            counts[s] += epoch[s];
    }
    std::vector<QPointF> points;
    if (counts.empty())
        return points;
    points.reserve(2 * counts.size() + 2);
    points.emplace_back(-0.5, 0.0);
    for (std::size_t s = 0; s < counts.size(); ++s) {
        const auto y = static_cast<double>(counts[s]);
        points.emplace_back(static_cast<double>(s) - 0.5, y);
        points.emplace_back(static_cast<double>(s) + 0.5, y);
    }
    points.emplace_back(static_cast<double>(counts.size()) - 0.5, 0.0);
    return points;
}

/// A histogram on a log axis: an empty bin (0 updates) falls to ½, below the axis's 1.
/// Left at 0, a log axis cannot show it and its neighbours would join across it, as if
/// every value between them had been counted once.
void dropEmptyBinsToHalf(std::vector<QPointF> &steps)
{
    for (QPointF &p : steps)
        if (p.y() == 0.0)
            p.setY(0.5);
}

/// The EpochRecord of a run holding the layer statistics of `epoch`; none until it arrives.
const EpochRecord *layerRecord(const std::vector<EpochRecord> &epochs, int epoch)
{
    for (const EpochRecord &record : epochs)
        if (record.epoch == epoch && !record.layers.empty())
            return &record;
    return nullptr;
}

std::optional<double> layerColumn(const LayerStatistics &layer, const QString &name)
{
    if (name == QLatin1String("weight_grad_norm"))
        return layer.weightGradientNorm;
    if (name == QLatin1String("mean"))
        return layer.mean;
    if (name == QLatin1String("std"))
        return layer.std;
    if (name == QLatin1String("saturated"))
        return layer.saturated;
    if (name == QLatin1String("dead"))
        return layer.dead;
    return std::nullopt;
}

/// A histogram as a step line: each bin a flat top over its width at count / total (the
/// fraction of the layer's binned values, so layers and runs of different sizes
/// compare), joined by vertical edges and closed down to 0 at both ends. Bin k's top
/// runs from low + k·w to low + (k + 1)·w, centred on its bin centre.
std::vector<QPointF> histogramSteps(double low, double high, const std::array<long long, layerHistogramBins> &counts)
{
    double total = 0.0;
    for (long long count : counts)
        total += static_cast<double>(count);
    std::vector<QPointF> points;
    if (total <= 0.0)
        return points;
    const double width = (high - low) / layerHistogramBins;
    points.reserve(2 * layerHistogramBins + 2);
    points.emplace_back(low, 0.0);
    for (std::size_t k = 0; k < counts.size(); ++k) {
        const double fraction = static_cast<double>(counts[k]) / total;
        points.emplace_back(low + static_cast<double>(k) * width, fraction);
        points.emplace_back(low + static_cast<double>(k + 1) * width, fraction);
    }
    points.emplace_back(high, 0.0);
    return points;
}

} // namespace

QVariantList ChartFeed::series(int chart) const
{
    QVariantList plan;
    if (chart < 0 || chart >= m_lesson.charts.size())
        return plan;
    const config::LessonChart &spec = m_lesson.charts.at(chart);
    const QList<int> shown = config::experimentIndices(m_lesson.experiments, spec.experiments);
    // Colour tells the runs apart; the dash pattern tells a run's curves apart, or the
    // runs again when each has one curve, so the chart reads without colour too. One
    // run's layers (histograms, or statistics per layer) differ by colour instead: five
    // dash patterns of one colour on overlapping histograms do not read.
    const bool coloursBySeries = spec.showsLayers() && shown.size() == 1 && spec.series.size() > 1;
    for (int e : shown)
        for (int s = 0; s < spec.series.size(); ++s)
            plan.append(QVariantMap{{QStringLiteral("experiment"), e},
                                    {QStringLiteral("column"), spec.series.at(s)},
                                    {QStringLiteral("colour"), coloursBySeries ? s : e},
                                    {QStringLiteral("style"), coloursBySeries ? 0 : spec.series.size() > 1 ? s : e}});
    return plan;
}

QVariantMap ChartFeed::fill(int chart, const QVariantList &series, int pixels, bool logY) const
{
    const QVariantList plan = this->series(chart);
    if (plan.isEmpty() || plan.size() != series.size())
        return {{QStringLiteral("empty"), true}};
    const config::LessonChart &spec = m_lesson.charts.at(chart);
    const SeriesDecimator decimator(pixels, logY, spec.logX);
    double xMin = std::numeric_limits<double>::infinity(), xMax = -xMin, yMin = xMin, yMax = -xMin;
    for (int i = 0; i < plan.size(); ++i) {
        const QVariantMap entry = plan.at(i).toMap();
        const int experiment = entry.value(QStringLiteral("experiment")).toInt();
        const QString column = entry.value(QStringLiteral("column")).toString();
        // The per-update losses can run into millions: their envelope is decimated instead.
        std::vector<QPointF> points = column == QLatin1String("batch_loss")
            ? m_traces.at(static_cast<std::size_t>(experiment)).updateLosses.forDisplay()
            : curve(experiment, column, spec);
        if (logY && spec.x == config::LessonChart::XAxis::Staleness)
            dropEmptyBinsToHalf(points);
        const QList<QPointF> shown = decimator.decimate(points);
        if (!SeriesFeed::replace(series.at(i).value<QObject *>(), shown))
            continue;
        for (const QPointF &p : shown) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
    }
    if (!std::isfinite(xMin))
        return {{QStringLiteral("empty"), true}};
    const AxisRange xRange = axisRange(xMin, xMax, spec.logX, false);
    const AxisRange yRange = axisRange(yMin, yMax, logY, true);
    QVariantList markers;
    for (int e : config::experimentIndices(m_lesson.experiments, spec.experiments)) {
        const double at = markerX(e, spec.x);
        if (!std::isfinite(at))
            continue;
        const RunOutcome &outcome = *m_traces.at(static_cast<std::size_t>(e)).outcome;
        markers.append(QVariantMap{{QStringLiteral("experiment"), e},
                                   {QStringLiteral("kind"), outcomeStatusName(outcome)},
                                   {QStringLiteral("x"), at},
                                   {QStringLiteral("epoch"), outcome.stopEpoch}});
    }
    return {{QStringLiteral("empty"), false},         {QStringLiteral("xMin"), xRange.min},
            {QStringLiteral("xMax"), xRange.max},       {QStringLiteral("yMin"), yRange.min},
            {QStringLiteral("yMax"), yRange.max},       {QStringLiteral("markers"), markers}};
}

std::vector<QPointF> ChartFeed::curve(int experiment, const QString &columnName, const config::LessonChart &chart) const
{
    const RunTrace &trace = m_traces.at(static_cast<std::size_t>(experiment));
    const config::LessonChart::XAxis x = chart.x;
    std::vector<QPointF> points;
    if (chart.showsLayers()) {
        const EpochRecord *record = layerRecord(trace.epochs, chart.epoch);
        if (!record)
            return points;
        if (x == config::LessonChart::XAxis::Layer) {
            for (const LayerStatistics &layer : record->layers)
                if (const std::optional<double> y = layerColumn(layer, columnName))
                    points.emplace_back(layer.layer, *y);
            return points;
        }
        // "layerK": hidden layer K (the config checked K against the net).
        const auto index = static_cast<std::size_t>(columnName.mid(5).toInt() - 1);
        if (index >= record->layers.size())
            return points;
        const LayerStatistics &layer = record->layers[index];
        return x == config::LessonChart::XAxis::Activation
            ? histogramSteps(layer.histogramLow, layer.histogramHigh, layer.histogram)
            : histogramSteps(layer.weightHistogramLow, layer.weightHistogramHigh, layer.weightHistogram);
    }
    if (x == config::LessonChart::XAxis::Step) {
        for (const TrajectoryPoint &point : trace.steps) {
            const double y = columnName == QLatin1String("x") ? point.x
                : columnName == QLatin1String("y")            ? point.y
                : columnName == QLatin1String("lr")           ? point.lr
                                                              : point.loss;
            points.emplace_back(point.step, y);
        }
        return points;
    }
    if (x == config::LessonChart::XAxis::Trial)
        return trialCurve(trace.trials, columnName == QLatin1String("best_so_far") ? TrialColumn::BestSoFar : TrialColumn::Objective,
                          m_lesson.experiments.at(experiment).experiment.search.spec.objective);
    if (x == config::LessonChart::XAxis::Workers) {
        for (const ScalingRow &row : trace.scaling)
            points.emplace_back(row.workers, scalingColumn(row, columnName));
        return points;
    }
    if (x == config::LessonChart::XAxis::Staleness)
        return stalenessSteps(trace.epochs);
    if (x == config::LessonChart::XAxis::BatchSize) {
        for (const GradientNoiseRow &row : trace.noise)
            points.emplace_back(static_cast<double>(row.batch_size), noiseColumn(row, columnName));
        return points;
    }
    if (x == config::LessonChart::XAxis::Value) {
        for (const SweepPoint &point : trace.sweep) {
            if (point.diverged)
                continue;
            if (const std::optional<double> y = column(point.last, columnName))
                points.emplace_back(point.value, *y);
        }
        return points;
    }
    points.reserve(trace.epochs.size());
    for (const EpochRecord &record : trace.epochs) {
        const std::optional<double> y = column(record, columnName);
        if (!y)
            continue;
        double at = record.epoch;
        if (x == config::LessonChart::XAxis::Updates)
            at = static_cast<double>(record.updates);
        else if (x == config::LessonChart::XAxis::GradientEvaluations)
            at = static_cast<double>(record.epoch) * static_cast<double>(trace.trainSamples);
        points.emplace_back(at, *y);
    }
    return points;
}

double ChartFeed::markerX(int experiment, config::LessonChart::XAxis x) const
{
    const RunTrace &trace = m_traces.at(static_cast<std::size_t>(experiment));
    const bool marked = trace.outcome && !trace.outcome->failed
        && (trace.outcome->status == RunStatus::Diverged || trace.outcome->status == RunStatus::EarlyStopped);
    if (!marked)
        return std::numeric_limits<double>::quiet_NaN();
    switch (x) {
    case config::LessonChart::XAxis::Epoch:
        return trace.outcome->stopEpoch;
    case config::LessonChart::XAxis::Updates:
    case config::LessonChart::XAxis::Update:
        return static_cast<double>(trace.outcome->stopUpdate);
    case config::LessonChart::XAxis::GradientEvaluations:
        return static_cast<double>(trace.outcome->stopEpoch) * static_cast<double>(trace.trainSamples);
    case config::LessonChart::XAxis::Step:
        return trace.outcome->stopEpoch; // a trajectory's last step
    case config::LessonChart::XAxis::Value:
    case config::LessonChart::XAxis::BatchSize:
    case config::LessonChart::XAxis::Activation:
    case config::LessonChart::XAxis::Weight:
    case config::LessonChart::XAxis::Layer:
    case config::LessonChart::XAxis::Trial:
    case config::LessonChart::XAxis::Workers:
    case config::LessonChart::XAxis::Staleness:
        break; // a sweep's runs, a measurement's batch sizes, one epoch's layers, a search's trials,
               // worker counts, staleness values: not a timeline
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace kobai::app
