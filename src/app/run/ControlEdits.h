#pragma once
// The learner's knobs on the open lesson. A control's value is written into the
// experiments it names (config::withField) and each is parsed and checked again, so a
// value an experiment refuses changes none of them and says why (error()); a value taken
// names the experiments it changed, so only their runs start again. Each change
// is one undo step; the values left on a lesson come back when the learner returns to
// it in the same sitting.
#include "Lesson.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QVariant>

#include <optional>

namespace kobai::app {

class ControlEdits : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Opens a lesson as its file gives it (none: std::nullopt), keeping the values of
    /// the lesson left; the values left on this one earlier come back.
    void open(const std::optional<config::Lesson> &original);
    /// The open lesson with the learner's values applied to its experiments.
    const std::optional<config::Lesson> &lesson() const { return m_lesson; }
    /// One value per control, as applied.
    QVariantList values() const { return m_values; }
    /// Why the last change was refused; empty after a change that was applied.
    QString error() const { return m_error; }

    /// Moves control `control` to `value` (rounded for an integer field), one undo step.
    void setControlValue(int control, const QVariant &value);
    /// Every control back to the lesson file's value (one undo step per control changed).
    void resetControls();
    /// Takes back the last change; false when there is none.
    bool undo();
    /// Sets a field in the named experiments (all when empty); false, with error(), when
    /// one of them refuses the value (then none changes).
    bool setExperimentField(const QString &field, const QVariant &value, const QStringList &experimentNames);

signals:
    /// A value or the error changed.
    void valuesChanged();
    /// These experiments changed (indices in the lesson): their runs are out of date, the
    /// others' are not.
    void experimentsChanged(const QList<int> &experiments);

private:
    /// Applies a value without recording it for undo.
    bool applyControlValue(int control, const QVariant &value);

    std::optional<config::Lesson> m_lesson;
    /// The values the lesson file gives.
    QVariantList m_defaults;
    QVariantList m_values;
    QString m_error;
    /// (control, value before the change), newest last; cleared when the lesson changes.
    QList<QPair<int, QVariant>> m_undo;
    /// The values of lessons left in this sitting, by lesson id.
    QHash<QString, QVariantList> m_kept;
};

} // namespace kobai::app
