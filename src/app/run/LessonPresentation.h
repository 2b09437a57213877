#pragma once
// The open lesson as QML reads it: title, text and "try this" as {ja, en}, where its
// pictures are, and its experiments, controls and charts as plain maps, so the page
// binds to them and follows the language switch.
#include "Lesson.h"

#include <QVariantList>
#include <QVariantMap>

namespace kobai::app {

class LessonPresentation
{
public:
    explicit LessonPresentation(const config::Lesson &lesson) : m_lesson(lesson) {}

    /// {id, order, title, tryThis, text, folderUrl}
    QVariantMap lesson() const;
    /// [{name, label, onDemand}]
    QVariantList experiments() const;
    /// The search panels: [{title, experiment (its name)}]
    QVariantList searches() const;
    /// [{field, label, log, min, max, step, integer, values, valueLabels}]
    QVariantList controls() const;
    /// [{title, x, series, logX, logY}]
    QVariantList charts() const;

private:
    const config::Lesson &m_lesson;
};

} // namespace kobai::app
