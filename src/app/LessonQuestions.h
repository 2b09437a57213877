#pragma once
// The practice questions of the open lesson, for the lesson page: each as QML reads it
// (questionVariant), scored in C++ when the learner checks it, and every answer (time
// taken, right or wrong, what was answered) recorded in the learner's progress, which
// moves the question's Leitner box.
#include "LessonLibrary.h"
#include "Progress.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace kobai::app {

class LessonQuestions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kobai::app::LessonLibrary *library READ library WRITE setLibrary NOTIFY questionsChanged)
    Q_PROPERTY(int lessonIndex READ lessonIndex WRITE setLessonIndex NOTIFY questionsChanged)
    Q_PROPERTY(kobai::app::Progress *progress READ progress WRITE setProgress NOTIFY progressChanged)
    Q_PROPERTY(QVariantList questions READ questions NOTIFY questionsChanged)

public:
    explicit LessonQuestions(QObject *parent = nullptr);

    LessonLibrary *library() const { return m_library; }
    void setLibrary(LessonLibrary *library);
    int lessonIndex() const { return m_lessonIndex; }
    void setLessonIndex(int index);
    Progress *progress() const { return m_progress; }
    void setProgress(Progress *progress);
    QVariantList questions() const;

    /// Scores the learner's response to question `index` (chosen indices, or the typed
    /// number) after `seconds` of thinking and records it. Returns {answered: false}
    /// when the number field holds no number, else {answered, correct, saved}.
    Q_INVOKABLE QVariantMap check(int index, const QVariantList &chosen, const QString &typedNumber, double seconds);

    /// The experiment a read_curve question shows, or nothing.
    std::optional<config::Experiment> curveExperiment(int index) const;

signals:
    void questionsChanged();
    void progressChanged();

private:
    const config::Lesson *lesson() const;

    QPointer<LessonLibrary> m_library;
    int m_lessonIndex = -1;
    QPointer<Progress> m_progress;
};

} // namespace kobai::app
