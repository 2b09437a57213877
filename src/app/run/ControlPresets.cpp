#include "ControlPresets.h"

#include "run/ExperimentController.h"

#include <QJsonValue>

#include <cmath>

namespace kobai::app {

namespace {

/// The value as the control's experiments take it, or an empty QVariant with `why` set.
QVariant checkedValue(const config::LessonControl &control, int index, const QString &text, QString *why)
{
    const QString name = QStringLiteral("control %1 (\"%2\", %3)").arg(index).arg(control.label.en, control.field);
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    if (!control.values.isEmpty()) {
        QStringList allowed;
        for (const QJsonValue &value : control.values) {
            const bool same = value.isDouble() ? isNumber && number == value.toDouble() : value.toString() == text;
            if (same)
                return value.toVariant();
            allowed << (value.isDouble() ? QString::number(value.toDouble()) : value.toString());
        }
        *why = QStringLiteral("%1 takes one of %2, not \"%3\"").arg(name, allowed.join(QStringLiteral(", ")), text);
        return {};
    }
    if (!isNumber || !std::isfinite(number) || number < control.min || number > control.max) {
        *why = QStringLiteral("%1 takes a number from %2 to %3, not \"%4\"")
                   .arg(name).arg(control.min).arg(control.max).arg(text);
        return {};
    }
    return number;
}

} // namespace

QString applyControlPresets(ExperimentController &controller, const QList<ControlPreset> &presets)
{
    if (presets.isEmpty())
        return {};
    if (!controller.hasLesson())
        return QStringLiteral("--control needs a lesson that opens");
    const QList<config::LessonControl> &controls = controller.openLesson()->controls;
    if (controls.isEmpty())
        return QStringLiteral("lesson \"%1\" has no controls to set").arg(controller.openLesson()->id);
    QList<QPair<int, QVariant>> checked;
    for (const ControlPreset &preset : presets) {
        if (preset.index >= controls.size())
            return QStringLiteral("lesson \"%1\" has %2 controls (0 to %3), not control %4")
                .arg(controller.openLesson()->id).arg(controls.size()).arg(controls.size() - 1).arg(preset.index);
        QString why;
        const QVariant value = checkedValue(controls.at(preset.index), preset.index, preset.value, &why);
        if (!why.isEmpty())
            return why;
        checked.append({preset.index, value});
    }
    for (const auto &[index, value] : checked)
        controller.setControlValue(index, value);
    return controller.controlError();
}

} // namespace kobai::app
