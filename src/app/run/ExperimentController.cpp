#include "ExperimentController.h"

#include "run/AxisRange.h"
#include "ConfigError.h"
#include "reading/LessonLibrary.h"
#include "reading/LocalizedVariant.h"
#include "PyTorchScript.h"
#include "run/SeriesDecimator.h"

#include <QJSValue>
#include <QJsonValue>
#include <QUrl>
#include <QtCharts/QXYSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kobai::app {

namespace {

/// Control changes closer together than this make one restart (the learner drags a slider).
constexpr int coalesceMs = 25;


QString axisName(config::LessonChart::XAxis x)
{
    switch (x) {
    case config::LessonChart::XAxis::Epoch:
        return QStringLiteral("epoch");
    case config::LessonChart::XAxis::Updates:
        return QStringLiteral("updates");
    case config::LessonChart::XAxis::GradientEvaluations:
        return QStringLiteral("gradient_evaluations");
    case config::LessonChart::XAxis::Update:
        return QStringLiteral("update");
    case config::LessonChart::XAxis::Step:
        return QStringLiteral("step");
    case config::LessonChart::XAxis::Value:
        return QStringLiteral("value");
    }
    return {};
}

QString statusName(const RunOutcome &outcome)
{
    if (outcome.failed)
        return QStringLiteral("failed");
    return QString::fromLatin1(runStatusName(outcome.status));
}

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

/// A control with whole-number steps sets an integer field (seed, epochs, sizes).
bool integerControl(const config::LessonControl &control)
{
    return control.step >= 1.0 && std::floor(control.step) == control.step;
}

} // namespace

ExperimentController::ExperimentController(QObject *parent)
    : QObject(parent)
{
    m_restartTimer.setSingleShot(true);
    m_restartTimer.setInterval(coalesceMs);
    connect(&m_restartTimer, &QTimer::timeout, this, &ExperimentController::restart);
    connect(&m_runner, &ExperimentRunner::batchReady, this, &ExperimentController::receive);
    connect(&m_runner, &ExperimentRunner::runningChanged, this, &ExperimentController::runningChanged);
}

void ExperimentController::setLibrary(LessonLibrary *library)
{
    if (m_library == library)
        return;
    m_library = library;
    emit libraryChanged();
    setLessonIndex(m_lessonIndex);
}

void ExperimentController::setLessonIndex(int index)
{
    m_restartTimer.stop();
    m_runner.abandon();
    if (m_lesson)
        m_keptValues.insert(m_lesson->id, m_controlValues);
    m_lessonIndex = index;
    m_lesson.reset();
    m_lessonError.clear();
    m_controlValues.clear();
    m_controlError.clear();
    m_undo.clear();
    m_traces.clear();
    if (m_library && index >= 0 && index < m_library->rowCount()) {
        const config::LessonLoad &load = m_library->at(index);
        m_lesson = load.lesson;
        m_lessonError = load.error;
    }
    if (m_lesson) {
        m_controlValues = lessonDefaults();
        m_traces.resize(static_cast<std::size_t>(m_lesson->experiments.size()));
        // Coming back to a lesson in the same sitting finds its knobs where they were left.
        const QVariantList kept = m_keptValues.value(m_lesson->id);
        for (int i = 0; i < kept.size() && i < m_controlValues.size(); ++i)
            if (kept.at(i) != m_controlValues.at(i))
                applyControlValue(i, kept.at(i));
    }
    emit lessonChanged();
    emit controlValuesChanged();
    emit resultsChanged();
    if (m_lesson)
        restart();
}

QVariantList ExperimentController::lessonDefaults() const
{
    // The library keeps the lesson as its file gives it; m_lesson has the learner's changes.
    const config::Lesson &original = *m_library->at(m_lessonIndex).lesson;
    QVariantList values;
    for (const config::LessonControl &control : std::as_const(original.controls)) {
        const QList<int> targets = experimentIndices(control.experiments);
        QJsonValue value;
        if (!targets.isEmpty())
            value = config::fieldValue(config::toJson(original.experiments.at(targets.first()).experiment),
                                       control.field);
        values.append(value.toVariant());
    }
    return values;
}

QVariantMap ExperimentController::lesson() const
{
    if (!m_lesson)
        return {};
    return {{QStringLiteral("id"), m_lesson->id},
            {QStringLiteral("order"), m_lesson->order},
            {QStringLiteral("title"), localizedVariant(m_lesson->title)},
            {QStringLiteral("tryThis"), localizedVariant(m_lesson->tryThis)},
            {QStringLiteral("text"), localizedVariant(m_lesson->text)},
            // Where the text's pictures are: compiled-in lessons live under ":/", others on disk.
            {QStringLiteral("folderUrl"), m_lesson->folder.startsWith(QLatin1Char(':'))
                                              ? QUrl(QStringLiteral("qrc") + m_lesson->folder + QLatin1Char('/'))
                                              : QUrl::fromLocalFile(m_lesson->folder + QLatin1Char('/'))}};
}

QVariantList ExperimentController::experiments() const
{
    QVariantList list;
    if (m_lesson)
        for (const config::LessonExperiment &experiment : m_lesson->experiments)
            list.append(QVariantMap{{QStringLiteral("name"), experiment.name},
                                    {QStringLiteral("label"), localizedVariant(experiment.label)}});
    return list;
}

QVariantList ExperimentController::controls() const
{
    QVariantList list;
    if (!m_lesson)
        return list;
    for (const config::LessonControl &control : m_lesson->controls) {
        QVariantList valueLabels;
        for (const config::LocalizedText &label : control.valueLabels)
            valueLabels.append(localizedVariant(label));
        list.append(QVariantMap{{QStringLiteral("field"), control.field},
                                {QStringLiteral("label"), localizedVariant(control.label)},
                                {QStringLiteral("log"), control.scale == config::LessonControl::Scale::Log},
                                {QStringLiteral("min"), control.min},
                                {QStringLiteral("max"), control.max},
                                {QStringLiteral("step"), control.step},
                                {QStringLiteral("integer"), integerControl(control)},
                                {QStringLiteral("values"), control.values.toVariantList()},
                                {QStringLiteral("valueLabels"), valueLabels}});
    }
    return list;
}

QVariantList ExperimentController::charts() const
{
    QVariantList list;
    if (!m_lesson)
        return list;
    for (const config::LessonChart &chart : m_lesson->charts)
        list.append(QVariantMap{{QStringLiteral("title"), localizedVariant(chart.title)},
                                {QStringLiteral("x"), axisName(chart.x)},
                                {QStringLiteral("series"), chart.series},
                                {QStringLiteral("logX"), chart.logX},
                                {QStringLiteral("logY"), chart.logY}});
    return list;
}

int ExperimentController::currentEpochs() const
{
    if (!m_lesson || m_currentRun >= m_lesson->experiments.size())
        return 0;
    // Only training runs and sweeps take long enough for a progress bar; a sweep counts its runs.
    const config::Experiment &experiment = m_lesson->experiments.at(m_currentRun).experiment;
    if (experiment.kind == config::ExperimentKind::Sweep)
        return static_cast<int>(experiment.sweep.runs.size());
    return experiment.kind == config::ExperimentKind::Training ? experiment.training.epochs : 0;
}

QVariantList ExperimentController::updatesPerEpoch() const
{
    QVariantList list;
    for (std::size_t i = 0; i < m_traces.size() && m_lesson; ++i) {
        const config::Experiment &experiment = m_lesson->experiments.at(static_cast<int>(i)).experiment;
        const long long samples = m_traces[i].trainSamples;
        if (experiment.kind != config::ExperimentKind::Training || samples <= 0)
            continue;
        const long long batch = experiment.training.batch_size;
        // Batch 0 (and any batch as large as the set) is one update per epoch; a last
        // partial batch still makes an update.
        const long long updates = batch == 0 || batch >= samples ? 1 : (samples + batch - 1) / batch;
        list.append(QVariantMap{{QStringLiteral("experiment"), static_cast<int>(i)},
                                {QStringLiteral("samples"), samples},
                                {QStringLiteral("batch"), batch},
                                {QStringLiteral("updates"), updates}});
    }
    return list;
}

QVariantList ExperimentController::outcomes() const
{
    QVariantList list;
    for (std::size_t i = 0; i < m_traces.size(); ++i) {
        const Trace &trace = m_traces[i];
        if (!trace.outcome) {
            list.append(QVariantMap{{QStringLiteral("status"), QString()}});
            continue;
        }
        // A trajectory stops at a step, a training run at an epoch.
        const bool trajectory =
            m_lesson->experiments.at(static_cast<int>(i)).experiment.kind == config::ExperimentKind::Trajectory;
        list.append(QVariantMap{{QStringLiteral("status"), statusName(*trace.outcome)},
                                {QStringLiteral("stopEpoch"), trace.outcome->stopEpoch},
                                {QStringLiteral("unit"), trajectory ? QStringLiteral("step") : QStringLiteral("epoch")},
                                {QStringLiteral("message"), trace.outcome->message}});
    }
    return list;
}

void ExperimentController::setControlValue(int control, const QVariant &value)
{
    if (!m_lesson || control < 0 || control >= m_lesson->controls.size())
        return;
    const QVariant before = m_controlValues.at(control);
    if (applyControlValue(control, value) && m_controlValues.at(control) != before)
        m_undo.append({control, before});
}

bool ExperimentController::applyControlValue(int control, const QVariant &value)
{
    const config::LessonControl &spec = m_lesson->controls.at(control);
    QVariant written = value;
    if (integerControl(spec))
        written = static_cast<qlonglong>(std::llround(value.toDouble()));
    if (!setExperimentField(spec.field, written, spec.experiments))
        return false;
    m_controlValues[control] = written;
    emit controlValuesChanged();
    return true;
}

void ExperimentController::resetControls()
{
    if (!m_lesson)
        return;
    const QVariantList defaults = lessonDefaults();
    for (int i = 0; i < defaults.size(); ++i)
        if (defaults.at(i) != m_controlValues.at(i))
            setControlValue(i, defaults.at(i));
}

bool ExperimentController::undoControl()
{
    if (!m_lesson || m_undo.isEmpty())
        return false;
    const auto [control, value] = m_undo.takeLast();
    return applyControlValue(control, value);
}

bool ExperimentController::setExperimentField(const QString &field, const QVariant &value,
                                              const QStringList &experimentNames)
{
    if (!m_lesson)
        return false;
    const QString file = m_lesson->folder + QStringLiteral("/lesson.json");
    // A list from QML ([x, y]) arrives as a QJSValue, which QJsonValue::fromVariant makes null.
    const QJsonValue json = QJsonValue::fromVariant(value.canConvert<QJSValue>() ? value.value<QJSValue>().toVariant() : value);
    // Check every target first, so a refused value leaves all experiments as they were.
    QList<std::pair<int, config::LessonExperiment>> changed;
    try {
        for (int i : experimentIndices(experimentNames)) {
            config::LessonExperiment experiment = m_lesson->experiments.at(i);
            experiment.source = config::withField(experiment.source, field, json);
            experiment.experiment = config::parseExperimentObject(
                experiment.source, QStringLiteral("experiments[%1].experiment").arg(i), file);
            changed.append({i, std::move(experiment)});
        }
    } catch (const config::ConfigError &error) {
        m_controlError = error.text();
        emit controlValuesChanged();
        return false;
    }
    for (auto &[i, experiment] : changed)
        m_lesson->experiments[i] = std::move(experiment);
    m_controlError.clear();
    if (!m_restartTimer.isActive())
        m_restartTimer.start();
    return true;
}

void ExperimentController::rerun()
{
    if (m_lesson)
        restart();
}

void ExperimentController::stop()
{
    m_restartTimer.stop();
    m_runner.stop();
}

QString ExperimentController::pytorchCode(int experiment) const
{
    if (!m_lesson || experiment < 0 || experiment >= m_lesson->experiments.size())
        return {};
    try {
        return config::pytorchScript(m_lesson->experiments.at(experiment).experiment,
                                     m_lesson->folder + QStringLiteral("/lesson.json"));
    } catch (const config::ConfigError &error) {
        // A kind with no PyTorch counterpart (a contour map): the dialog says why, as a comment.
        return QStringLiteral("# ") + error.text();
    }
}

QVariantList ExperimentController::chartSeries(int chart) const
{
    QVariantList plan;
    if (!m_lesson || chart < 0 || chart >= m_lesson->charts.size())
        return plan;
    const config::LessonChart &spec = m_lesson->charts.at(chart);
    const QList<int> shown = experimentIndices(spec.experiments);
    // Colour tells the runs apart; the dash pattern tells a run's curves apart, or the
    // runs again when each has one curve, so the chart reads without colour too.
    for (int e : shown)
        for (int s = 0; s < spec.series.size(); ++s)
            plan.append(QVariantMap{{QStringLiteral("experiment"), e},
                                    {QStringLiteral("column"), spec.series.at(s)},
                                    {QStringLiteral("style"), spec.series.size() > 1 ? s : e}});
    return plan;
}

QVariantMap ExperimentController::fillChart(int chart, const QVariantList &series, int pixels, bool logY) const
{
    const QVariantList plan = chartSeries(chart);
    if (plan.isEmpty() || plan.size() != series.size())
        return {{QStringLiteral("empty"), true}};
    const config::LessonChart &spec = m_lesson->charts.at(chart);
    const SeriesDecimator decimator(pixels, logY, spec.logX);
    double xMin = std::numeric_limits<double>::infinity(), xMax = -xMin, yMin = xMin, yMax = -xMin;
    for (int i = 0; i < plan.size(); ++i) {
        auto *target = qobject_cast<QXYSeries *>(series.at(i).value<QObject *>());
        if (!target)
            continue;
        const QVariantMap entry = plan.at(i).toMap();
        const int experiment = entry.value(QStringLiteral("experiment")).toInt();
        const QString column = entry.value(QStringLiteral("column")).toString();
        // The per-update losses can run into millions: their envelope is decimated instead.
        const QList<QPointF> shown = column == QLatin1String("batch_loss")
            ? decimator.decimate(m_traces.at(static_cast<std::size_t>(experiment)).updateLosses.forDisplay())
            : decimator.decimate(curve(experiment, column, spec.x));
        for (const QPointF &p : shown) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
        target->replace(shown);
    }
    if (!std::isfinite(xMin))
        return {{QStringLiteral("empty"), true}};
    const AxisRange xRange = axisRange(xMin, xMax, spec.logX, false);
    const AxisRange yRange = axisRange(yMin, yMax, logY, true);
    QVariantList markers;
    for (int e : experimentIndices(spec.experiments)) {
        const double at = markerX(e, spec.x);
        if (!std::isfinite(at))
            continue;
        const RunOutcome &outcome = *m_traces.at(static_cast<std::size_t>(e)).outcome;
        markers.append(QVariantMap{{QStringLiteral("experiment"), e},
                                   {QStringLiteral("kind"), statusName(outcome)},
                                   {QStringLiteral("x"), at},
                                   {QStringLiteral("epoch"), outcome.stopEpoch}});
    }
    return {{QStringLiteral("empty"), false},         {QStringLiteral("xMin"), xRange.min},
            {QStringLiteral("xMax"), xRange.max},       {QStringLiteral("yMin"), yRange.min},
            {QStringLiteral("yMax"), yRange.max},       {QStringLiteral("markers"), markers}};
}

void ExperimentController::restart()
{
    m_restartTimer.stop();
    std::vector<RunRequest> runs;
    for (const config::LessonExperiment &experiment : std::as_const(m_lesson->experiments))
        runs.push_back({experiment.name, experiment.experiment});
    for (Trace &trace : m_traces)
        trace = Trace();
    m_currentRun = 0;
    m_currentEpoch = 0;
    m_runner.start(std::move(runs));
    emit resultsChanged();
}

void ExperimentController::receive(const RunBatch &batch)
{
    for (const RunChunk &chunk : batch) {
        Trace &trace = m_traces.at(static_cast<std::size_t>(chunk.run));
        if (chunk.trainSamples >= 0)
            trace.trainSamples = chunk.trainSamples;
        trace.epochs.insert(trace.epochs.end(), chunk.epochs.begin(), chunk.epochs.end());
        for (const auto &[update, loss] : chunk.updateLosses)
            trace.updateLosses.append(QPointF(static_cast<double>(update), loss));
        trace.steps.insert(trace.steps.end(), chunk.steps.begin(), chunk.steps.end());
        trace.sweep.insert(trace.sweep.end(), chunk.sweep.begin(), chunk.sweep.end());
        if (chunk.outcome)
            trace.outcome = chunk.outcome;
        m_currentRun = chunk.run;
        if (!trace.epochs.empty())
            m_currentEpoch = trace.epochs.back().epoch;
        else if (!trace.sweep.empty())
            m_currentEpoch = static_cast<int>(trace.sweep.size());
    }
    emit resultsChanged();
}

QList<int> ExperimentController::experimentIndices(const QStringList &names) const
{
    QList<int> indices;
    for (int i = 0; i < m_lesson->experiments.size(); ++i)
        if (names.isEmpty() || names.contains(m_lesson->experiments.at(i).name))
            indices.append(i);
    return indices;
}

std::vector<QPointF> ExperimentController::curve(int experiment, const QString &columnName,
                                                 config::LessonChart::XAxis x) const
{
    const Trace &trace = m_traces.at(static_cast<std::size_t>(experiment));
    std::vector<QPointF> points;
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
    if (x == config::LessonChart::XAxis::Value) {
        for (const SweepPoint &point : trace.sweep)
            if (const std::optional<double> y = column(point.last, columnName))
                points.emplace_back(point.value, *y);
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

double ExperimentController::markerX(int experiment, config::LessonChart::XAxis x) const
{
    const Trace &trace = m_traces.at(static_cast<std::size_t>(experiment));
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
        break; // a sweep's runs are points, not a timeline
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace kobai::app
