#include "LessonPresentation.h"

#include "reading/LocalizedVariant.h"

#include "LessonParts.h"

#include <QUrl>

namespace kobai::app {

QVariantMap LessonPresentation::lesson() const
{
    return {{QStringLiteral("id"), m_lesson.id},
            {QStringLiteral("order"), m_lesson.order},
            {QStringLiteral("title"), localizedVariant(m_lesson.title)},
            {QStringLiteral("tryThis"), localizedVariant(m_lesson.tryThis)},
            {QStringLiteral("text"), localizedVariant(m_lesson.text)},
            // Where the text's pictures are: compiled-in lessons live under ":/", others on disk.
            {QStringLiteral("folderUrl"), m_lesson.folder.startsWith(QLatin1Char(':'))
                                              ? QUrl(QStringLiteral("qrc") + m_lesson.folder + QLatin1Char('/'))
                                              : QUrl::fromLocalFile(m_lesson.folder + QLatin1Char('/'))}};
}

QVariantList LessonPresentation::experiments() const
{
    QVariantList list;
    for (const config::LessonExperiment &experiment : m_lesson.experiments)
        list.append(QVariantMap{{QStringLiteral("name"), experiment.name},
                                {QStringLiteral("label"), localizedVariant(experiment.label)},
                                {QStringLiteral("onDemand"), experiment.onDemand}});
    return list;
}

QVariantList LessonPresentation::searches() const
{
    QVariantList list;
    for (const config::LessonSearch &panel : m_lesson.searches)
        list.append(QVariantMap{{QStringLiteral("title"), localizedVariant(panel.title)},
                                {QStringLiteral("experiment"), panel.experiment}});
    return list;
}

QVariantList LessonPresentation::controls() const
{
    QVariantList list;
    for (const config::LessonControl &control : m_lesson.controls) {
        QVariantList valueLabels;
        for (const config::LocalizedText &label : control.valueLabels)
            valueLabels.append(localizedVariant(label));
        list.append(QVariantMap{{QStringLiteral("field"), control.field},
                                {QStringLiteral("label"), localizedVariant(control.label)},
                                {QStringLiteral("log"), control.scale == config::LessonControl::Scale::Log},
                                {QStringLiteral("min"), control.min},
                                {QStringLiteral("max"), control.max},
                                {QStringLiteral("step"), control.step},
                                {QStringLiteral("integer"), control.isInteger()},
                                {QStringLiteral("values"), control.values.toVariantList()},
                                {QStringLiteral("valueLabels"), valueLabels}});
    }
    return list;
}

QVariantList LessonPresentation::charts() const
{
    QVariantList list;
    for (const config::LessonChart &chart : m_lesson.charts)
        list.append(QVariantMap{{QStringLiteral("title"), localizedVariant(chart.title)},
                                {QStringLiteral("x"), config::xAxisName(chart.x)},
                                {QStringLiteral("series"), chart.series},
                                {QStringLiteral("logX"), chart.logX},
                                {QStringLiteral("logY"), chart.logY},
                                {QStringLiteral("epoch"), chart.epoch}});
    return list;
}

} // namespace kobai::app
