#include "ControlEdits.h"

#include "ConfigError.h"

#include <QJSValue>
#include <QJsonValue>

#include <cmath>

namespace kobai::app {

namespace {

/// Each control's value as the lesson's experiments hold it.
QVariantList controlValues(const config::Lesson &lesson)
{
    QVariantList values;
    for (const config::LessonControl &control : lesson.controls) {
        const QList<int> targets = config::experimentIndices(lesson.experiments, control.experiments);
        QJsonValue value;
        if (!targets.isEmpty())
            value = config::fieldValue(config::toJson(lesson.experiments.at(targets.first()).experiment),
                                       control.field);
        values.append(value.toVariant());
    }
    return values;
}

} // namespace

void ControlEdits::open(const std::optional<config::Lesson> &original)
{
    if (m_lesson)
        m_kept.insert(m_lesson->id, m_values);
    m_lesson = original;
    m_defaults.clear();
    m_values.clear();
    m_error.clear();
    m_undo.clear();
    if (!m_lesson)
        return;
    m_defaults = controlValues(*m_lesson);
    m_values = m_defaults;
    // Coming back to a lesson in the same sitting finds its knobs where they were left.
    const QVariantList kept = m_kept.value(m_lesson->id);
    for (int i = 0; i < kept.size() && i < m_values.size(); ++i)
        if (kept.at(i) != m_values.at(i))
            applyControlValue(i, kept.at(i));
}

void ControlEdits::setControlValue(int control, const QVariant &value)
{
    if (!m_lesson || control < 0 || control >= m_lesson->controls.size())
        return;
    const QVariant before = m_values.at(control);
    if (applyControlValue(control, value) && m_values.at(control) != before)
        m_undo.append({control, before});
}

bool ControlEdits::applyControlValue(int control, const QVariant &value)
{
    const config::LessonControl &spec = m_lesson->controls.at(control);
    QVariant written = value;
    if (spec.isInteger())
        written = static_cast<qlonglong>(std::llround(value.toDouble()));
    if (!setExperimentField(spec.field, written, spec.experiments))
        return false;
    m_values[control] = written;
    emit valuesChanged();
    return true;
}

void ControlEdits::resetControls()
{
    if (!m_lesson)
        return;
    for (int i = 0; i < m_defaults.size(); ++i)
        if (m_defaults.at(i) != m_values.at(i))
            setControlValue(i, m_defaults.at(i));
}

bool ControlEdits::undo()
{
    if (!m_lesson || m_undo.isEmpty())
        return false;
    const auto [control, value] = m_undo.takeLast();
    return applyControlValue(control, value);
}

bool ControlEdits::setExperimentField(const QString &field, const QVariant &value, const QStringList &experimentNames)
{
    if (!m_lesson)
        return false;
    const QString file = m_lesson->folder + QStringLiteral("/lesson.json");
    // A list from QML ([x, y]) arrives as a QJSValue, which QJsonValue::fromVariant makes null.
    const QJsonValue json = QJsonValue::fromVariant(value.canConvert<QJSValue>() ? value.value<QJSValue>().toVariant() : value);
    // Check every target first, so a refused value leaves all experiments as they were.
    QList<std::pair<int, config::LessonExperiment>> changed;
    try {
        for (int i : config::experimentIndices(m_lesson->experiments, experimentNames)) {
            config::LessonExperiment experiment = m_lesson->experiments.at(i);
            experiment.source = config::withField(experiment.source, field, json);
            experiment.experiment = config::parseExperimentObject(
                experiment.source, QStringLiteral("experiments[%1].experiment").arg(i), file);
            changed.append({i, std::move(experiment)});
        }
    } catch (const config::ConfigError &error) {
        m_error = error.text();
        emit valuesChanged();
        return false;
    }
    QList<int> indices;
    for (auto &[i, experiment] : changed) {
        m_lesson->experiments[i] = std::move(experiment);
        indices.append(i);
    }
    m_error.clear();
    emit experimentsChanged(indices);
    return true;
}

} // namespace kobai::app
