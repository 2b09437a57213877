#pragma once
// The practice questions of the open lesson, for the lesson page: each as QML reads it
// (questionVariant); scoring and recording are QuestionSource's.
#include "reading/LessonLibrary.h"
#include "practice/QuestionSource.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kobai::app {

class LessonQuestions : public QuestionSource
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kobai::app::LessonLibrary *library READ library WRITE setLibrary NOTIFY questionsChanged)
    Q_PROPERTY(int lessonIndex READ lessonIndex WRITE setLessonIndex NOTIFY questionsChanged)
    Q_PROPERTY(QVariantList questions READ questions NOTIFY questionsChanged)

public:
    explicit LessonQuestions(QObject *parent = nullptr);

    LessonLibrary *library() const { return m_library; }
    void setLibrary(LessonLibrary *library);
    int lessonIndex() const { return m_lessonIndex; }
    void setLessonIndex(int index);
    QVariantList questions() const;

signals:
    void questionsChanged();

protected:
    const config::Question *questionAt(int index, QString *lessonId) const override;

private:
    const config::Lesson *lesson() const;

    QPointer<LessonLibrary> m_library;
    int m_lessonIndex = -1;
};

} // namespace kobai::app
