#include "LessonParts.h"

#include "ConfigError.h"
#include "ContourConfig.h"
#include "SpecFields.h"
#include "SurfaceConfig.h"
#include "TextFields.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace kobai::config {

namespace {

const QStringList scaleNames{"linear", "log"};
const QStringList xAxisNames{"epoch", "updates", "gradient_evaluations", "update", "step", "value",
                             "batch_size", "activation", "weight", "layer", "trial", "workers", "staleness"};
const QStringList epochSeriesNames{"train_loss", "val_loss", "train_acc", "val_acc", "lr"};
const QString batchLossSeries = QStringLiteral("batch_loss");
const QStringList trajectorySeriesNames{"loss", "x", "y", "lr"};
const QStringList sweepSeriesNames{"train_loss", "val_loss", "train_acc", "val_acc"};
/// The gradient-noise CSV's columns that vary with the batch size (docs/experiments.md).
const QStringList gradientNoiseSeriesNames{"gradient_variance", "predicted_variance", "samples_per_second",
                                           "mean_gradient_norm", "mean_deviation", "finite_population_factor"};
/// A search's CSV columns per trial (docs/experiments.md).
const QStringList trialSeriesNames{"objective", "best_so_far"};
/// A scaling CSV's columns per worker count (docs/experiments.md), and the ideal speed-up K.
const QStringList scalingSeriesNames{"speedup", "efficiency", "samples_per_second", "update_seconds",
                                     "communication_seconds", "ideal"};
/// An async run's histogram: how many updates applied a gradient of each staleness.
const QStringList stalenessSeriesNames{"updates"};
const QStringList layerSeriesNames{"weight_grad_norm", "mean", "std", "saturated", "dead"};
/// The series of a histogram chart: one hidden layer each, "layer1" the first.
const QRegularExpression hiddenLayerSeries(QStringLiteral("^layer([1-9][0-9]{0,2})$"));

/// Names that must each be one of the lesson's experiments; absent → empty (all of them).
QStringList readExperimentNames(ObjectReader &reader, const QStringList &known)
{
    if (!reader.has("experiments"))
        return {};
    const QString expected = QStringLiteral("an array of experiment names, each one of ") + known.join(u", ");
    const QJsonValue value = reader.raw("experiments");
    if (!value.isArray() || value.toArray().isEmpty())
        reader.fail("experiments", expected);
    QStringList names;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!known.contains(array[i].toString()))
            throw ConfigError(reader.file(), QStringLiteral("%1[%2]").arg(reader.field("experiments")).arg(i),
                              showValue(array[i]), QStringLiteral("one of ") + known.join(u", "));
        names << array[i].toString();
    }
    return names;
}

QList<const LessonExperiment *> targets(const QList<LessonExperiment> &experiments, const QStringList &names)
{
    QList<const LessonExperiment *> chosen;
    for (int i : experimentIndices(experiments, names))
        chosen << &experiments[i];
    return chosen;
}

/// Throws, at `key` of the control, when setting `value` makes a target experiment invalid.
void checkValueFits(const ObjectReader &reader, const QString &key, const LessonControl &control,
                    const QList<const LessonExperiment *> &experiments, const QJsonValue &value)
{
    for (const LessonExperiment *e : experiments) {
        try {
            parseExperimentObject(withField(e->source, control.field, value), QStringLiteral("(experiment)"),
                                  reader.file());
        } catch (const ConfigError &error) {
            throw ConfigError(reader.file(), key, showValue(value),
                              QStringLiteral("a value the experiment \"%1\" accepts at \"%2\" (%3)")
                                  .arg(e->name, shortenedForMessage(control.field), error.expectation()));
        }
    }
}

void readValueChoices(ObjectReader &reader, LessonControl &control)
{
    const QJsonValue values = reader.raw("values");
    const QString expected = QStringLiteral("a non-empty array of numbers or strings");
    if (!values.isArray() || values.toArray().isEmpty())
        reader.fail("values", expected);
    control.values = values.toArray();
    for (const QJsonValue &v : control.values)
        if (!v.isDouble() && !v.isString())
            reader.fail("values", expected);
    if (reader.has("min") || reader.has("max"))
        reader.fail(reader.has("min") ? "min" : "max", QStringLiteral("no range beside \"values\" (one or the other)"));
    if (!reader.has("value_labels"))
        return;
    std::vector<ObjectReader> labels = reader.objects("value_labels");
    if (labels.size() != static_cast<std::size_t>(control.values.size()))
        reader.fail("value_labels", QStringLiteral("one label per value (%1)").arg(control.values.size()));
    for (ObjectReader &label : labels)
        control.valueLabels << readText(label);
}

void readRange(ObjectReader &reader, LessonControl &control)
{
    if (!reader.has("min") || !reader.has("max"))
        reader.fail(reader.has("min") ? "max" : "min", QStringLiteral("a number (a control needs \"values\" or a range min … max)"));
    reader.read("min", control.min, Range::any());
    reader.read("max", control.max, control.scale == LessonControl::Scale::Log ? Range::above(0) : Range::any());
    if (control.scale == LessonControl::Scale::Log && control.min <= 0)
        reader.fail("min", QStringLiteral("a number > 0 (the scale is log)"));
    if (control.max <= control.min)
        reader.fail("max", QStringLiteral("a number > min (%1)").arg(control.min));
    reader.read("step", control.step, Range::atLeast(0));
}

/// A point strictly inside the range that no whole step would reach.
double innerFractionalPoint(const LessonControl &control)
{
    const double t = 0.37;
    if (control.scale == LessonControl::Scale::Log)
        return control.min * std::pow(control.max / control.min, t);
    return control.min + (control.max - control.min) * t + 1e-3;
}

/// The series a chart may plot against its x-axis, and the experiment kinds that have them.
struct AxisSeries {
    QStringList series;
    QList<ExperimentKind> kinds;
};

AxisSeries seriesFor(LessonChart::XAxis x)
{
    using X = LessonChart::XAxis;
    switch (x) {
    case X::Update:
        return {{batchLossSeries}, {ExperimentKind::Training}};
    case X::Step:
        return {trajectorySeriesNames, {ExperimentKind::Trajectory}};
    case X::Value:
        return {sweepSeriesNames, {ExperimentKind::Sweep}};
    case X::BatchSize:
        return {gradientNoiseSeriesNames, {ExperimentKind::GradientNoise}};
    case X::Epoch:
        return {epochSeriesNames, {ExperimentKind::Training, ExperimentKind::Schedule}};
    case X::Activation:
    case X::Weight:
        return {{QStringLiteral("layer1"), QStringLiteral("layer2"), QStringLiteral("…")}, {ExperimentKind::Training}};
    case X::Layer:
        return {layerSeriesNames, {ExperimentKind::Training}};
    case X::Trial:
        return {trialSeriesNames, {ExperimentKind::Search}};
    case X::Workers:
        return {scalingSeriesNames, {ExperimentKind::Scaling}};
    case X::Staleness:
        return {stalenessSeriesNames, {ExperimentKind::Training}};
    case X::Updates:
    case X::GradientEvaluations:
        break;
    }
    return {epochSeriesNames, {ExperimentKind::Training}};
}

/// Throws when a target experiment cannot give the chart's series.
void checkChartFitsExperiments(ObjectReader &reader, const LessonChart &chart,
                               const QList<const LessonExperiment *> &experiments)
{
    const AxisSeries axis = seriesFor(chart.x);
    const bool accuracy = chart.series.contains(u"train_acc") || chart.series.contains(u"val_acc");
    for (const LessonExperiment *e : experiments) {
        const ExperimentKind kind = e->experiment.kind;
        if (!axis.kinds.contains(kind))
            reader.fail("experiments", QStringLiteral("experiments that have x \"%1\" (\"%2\" is a %3 experiment; "
                                                      "name the chart's experiments)")
                                           .arg(xAxisNames[static_cast<int>(chart.x)], e->name, kindName(kind)));
        const std::optional<DataParallelSpec> &parallel = e->experiment.training.data_parallel;
        if (chart.x == LessonChart::XAxis::Staleness && !parallel)
            reader.fail("experiments", QStringLiteral("data_parallel experiments for x \"staleness\" "
                                                      "(\"%1\" has one worker and no staleness)")
                                           .arg(e->name));
        if (kind == ExperimentKind::Schedule && chart.series != QStringList{QStringLiteral("lr")})
            reader.fail("series", QStringLiteral("only lr for the schedule experiment \"%1\"").arg(e->name));
        const TrainingSpec &training =
            kind == ExperimentKind::Sweep ? e->experiment.sweep.runs.front() : e->experiment.training;
        if (accuracy && (kind == ExperimentKind::Training || kind == ExperimentKind::Sweep) &&
            isRegressionDataset(training.dataset))
            reader.fail("series", QStringLiteral("no accuracy for the regression experiment \"%1\"").arg(e->name));
    }
}

/// Why one experiment (as written or as a control sets it) cannot give a layer chart's
/// curves: the chart's key at fault and what it expected; none when it can.
struct LayerChartProblem {
    const char *key;
    QString expected;
};

std::optional<LayerChartProblem> layerChartProblem(const LessonChart &chart, const QString &name,
                                                   const Experiment &experiment)
{
    const TrainingSpec &training = experiment.training;
    const int hidden = training.model.kind == ModelKind::Mlp ? static_cast<int>(training.model.hidden.size()) : 0;
    if (hidden == 0)
        return LayerChartProblem{"experiments", QStringLiteral("experiments with hidden layers (\"%1\" has none)").arg(name)};
    if (!training.layer_stats)
        return LayerChartProblem{"experiments",
                                 QStringLiteral("experiments with \"layer_stats\" (\"%1\" has none)").arg(name)};
    const std::vector<int> &epochs = training.layer_stats->epochs;
    const bool measured = epochs.empty() ? chart.epoch <= training.epochs
                                         : std::find(epochs.begin(), epochs.end(), chart.epoch) != epochs.end();
    if (!measured) {
        QStringList listed;
        for (int e : epochs)
            listed << QString::number(e);
        return LayerChartProblem{"epoch", epochs.empty()
            ? QStringLiteral("an epoch ≤ %1, the epochs of \"%2\"").arg(training.epochs).arg(name)
            : QStringLiteral("one of the layer_stats epochs of \"%1\" (%2)").arg(name, listed.join(u", "))};
    }
    for (const QString &series : chart.series) {
        const QRegularExpressionMatch layer = hiddenLayerSeries.match(series);
        if (layer.hasMatch() && layer.captured(1).toInt() > hidden)
            return LayerChartProblem{"series", QStringLiteral("hidden layers layer1 … layer%1 (\"%2\" has %1)")
                                                   .arg(hidden).arg(name)};
        const bool relu = training.model.activation == Activation::Relu;
        if ((series == u"saturated" && relu) || (series == u"dead" && !relu))
            return LayerChartProblem{"series", QStringLiteral("%1 only of %2 experiments (\"%3\" is %4)")
                                                   .arg(series, relu ? QStringLiteral("sigmoid or tanh") : QStringLiteral("ReLU"),
                                                        name, relu ? QStringLiteral("ReLU") : QStringLiteral("sigmoid or tanh"))};
    }
    return std::nullopt;
}

/// The values a control can set: each of its choices, or both ends of its range (the
/// fields that could drop a layer chart's epoch, such as epochs, do so at an end).
QList<QJsonValue> controlExtremes(const LessonControl &control)
{
    if (!control.values.isEmpty())
        return {control.values.begin(), control.values.end()};
    return {QJsonValue(control.min), QJsonValue(control.max)};
}

/// Throws when a layer chart's experiment, as written or as any control may set it,
/// would not have the chart's epoch, layers or statistic.
void checkLayerChartSurvivesControls(const ObjectReader &reader, const LessonChart &chart,
                                     const QList<const LessonExperiment *> &shown, const QList<LessonControl> &controls)
{
    for (const LessonExperiment *e : shown) {
        if (const auto problem = layerChartProblem(chart, e->name, e->experiment))
            reader.fail(problem->key, problem->expected);
        for (const LessonControl &control : controls) {
            if (!control.experiments.isEmpty() && !control.experiments.contains(e->name))
                continue;
            for (const QJsonValue &value : controlExtremes(control)) {
                // The control's own check has already parsed every one of these.
                const Experiment changed = parseExperimentObject(withField(e->source, control.field, value),
                                                                 QStringLiteral("(experiment)"), reader.file());
                if (const auto problem = layerChartProblem(chart, e->name, changed))
                    reader.fail(problem->key, QStringLiteral("%1 under every control (the control of \"%2\" at %3 "
                                                             "gives something else)")
                                                  .arg(problem->expected, control.field, showValue(value)));
            }
        }
    }
}

/// At most this many paths share one landscape: one per colour of the palette.
constexpr qsizetype maxLandscapePaths = 6;

} // namespace

QString xAxisName(LessonChart::XAxis x)
{
    return xAxisNames.value(static_cast<int>(x));
}

LessonControl readControl(ObjectReader &reader, const QList<LessonExperiment> &experiments)
{
    QStringList known;
    for (const LessonExperiment &e : experiments)
        known << e.name;
    LessonControl control;
    control.field = requiredString(reader, "field", QStringLiteral("a dotted path into the experiment, e.g. \"optimizer.lr\""));
    control.label = readText(reader, "label");
    control.experiments = readExperimentNames(reader, known);
    control.scale = static_cast<LessonControl::Scale>(reader.choice("scale", scaleNames, 0));
    const QList<const LessonExperiment *> chosen = targets(experiments, control.experiments);
    if (reader.has("values")) {
        readValueChoices(reader, control);
        for (qsizetype i = 0; i < control.values.size(); ++i)
            checkValueFits(reader, QStringLiteral("%1[%2]").arg(reader.field("values")).arg(i), control, chosen,
                           control.values[i]);
    } else {
        readRange(reader, control);
        checkValueFits(reader, reader.field("min"), control, chosen, control.min);
        checkValueFits(reader, reader.field("max"), control, chosen, control.max);
        if (control.step == 0) {
            try {
                checkValueFits(reader, reader.field("step"), control, chosen, innerFractionalPoint(control));
            } catch (const ConfigError &) {
                reader.fail("step", QStringLiteral("a whole-number step such as 1 (\"%1\" takes integers)").arg(control.field));
            }
        }
    }
    reader.finish();
    return control;
}

LessonChart readChart(ObjectReader &reader, const QList<LessonExperiment> &experiments,
                      const QList<LessonControl> &controls)
{
    QStringList known;
    for (const LessonExperiment &e : experiments)
        known << e.name;
    LessonChart chart;
    chart.title = readText(reader, "title");
    chart.x = static_cast<LessonChart::XAxis>(reader.choice("x", xAxisNames, 0));
    const QStringList allowed = seriesFor(chart.x).series;
    const bool histogram = chart.x == LessonChart::XAxis::Activation || chart.x == LessonChart::XAxis::Weight;
    const QString expected = QStringLiteral("a non-empty array, each one of %1 (with x \"%2\")")
                                 .arg(allowed.join(u", "), xAxisNames[static_cast<int>(chart.x)]);
    const QJsonValue series = reader.raw("series");
    if (!series.isArray() || series.toArray().isEmpty())
        reader.fail("series", expected);
    for (const QJsonValue &name : series.toArray()) {
        const bool accepted = histogram ? hiddenLayerSeries.match(name.toString()).hasMatch()
                                        : allowed.contains(name.toString());
        if (!accepted || chart.series.contains(name.toString()))
            reader.fail("series", expected + QStringLiteral(", none twice"));
        chart.series << name.toString();
    }
    chart.experiments = readExperimentNames(reader, known);
    const QList<const LessonExperiment *> shown = targets(experiments, chart.experiments);
    checkChartFitsExperiments(reader, chart, shown);
    if (chart.showsLayers()) {
        if (!reader.has("epoch"))
            reader.fail("epoch", QStringLiteral("an integer ≥ 0: the epoch whose layer statistics the chart shows "
                                                "(required with x \"%1\")")
                                     .arg(xAxisNames[static_cast<int>(chart.x)]));
        reader.read("epoch", chart.epoch, Range::integerBetween(0, 1e6));
        checkLayerChartSurvivesControls(reader, chart, shown, controls);
    } else if (reader.has("epoch")) {
        reader.fail("epoch", QStringLiteral("no epoch with x \"%1\" (only x activation, weight and layer show one epoch)")
                                 .arg(xAxisNames[static_cast<int>(chart.x)]));
    }
    reader.read("log_x", chart.logX, Range::any());
    reader.read("log_y", chart.logY, Range::any());
    reader.finish();
    return chart;
}

LessonLandscape readLandscape(ObjectReader &reader, const QList<LessonExperiment> &experiments)
{
    QStringList known;
    for (const LessonExperiment &e : experiments)
        known << e.name;
    LessonLandscape landscape;
    landscape.title = readText(reader, "title");
    landscape.contours = readContours(reader);
    if (!reader.has("experiments"))
        reader.fail("experiments", QStringLiteral("an array of 1 … %1 trajectory experiment names (required)")
                                       .arg(maxLandscapePaths));
    landscape.experiments = readExperimentNames(reader, known);
    if (landscape.experiments.size() > maxLandscapePaths)
        reader.fail("experiments", QStringLiteral("at most %1 experiments (one per path colour)").arg(maxLandscapePaths));
    for (const LessonExperiment *e : targets(experiments, landscape.experiments)) {
        if (e->experiment.kind != ExperimentKind::Trajectory)
            reader.fail("experiments", QStringLiteral("trajectory experiments (\"%1\" is a %2 experiment)")
                                           .arg(e->name, kindName(e->experiment.kind)));
        if (!(e->experiment.trajectory.function == landscape.contours.function))
            reader.fail("function", QStringLiteral("the function of the experiments it shows (\"%1\" walks on %2)")
                                        .arg(e->name, showValue(functionToJson(e->experiment.trajectory.function))));
    }
    reader.finish();
    return landscape;
}

} // namespace kobai::config
