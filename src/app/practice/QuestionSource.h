#pragma once
// Questions the learner answers, wherever they are listed (one lesson's page, exam
// practice across lessons): scoring a response in C++ and recording it in the
// learner's progress, and the experiment a read_curve question shows, for any list.
#include "progress/Progress.h"
#include "Question.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace kobai::app {

class QuestionSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a list of questions: LessonQuestions or PracticeSession")
    Q_PROPERTY(kobai::app::Progress *progress READ progress WRITE setProgress NOTIFY progressChanged)

public:
    using QObject::QObject;

    Progress *progress() const { return m_progress; }
    void setProgress(Progress *progress);

    /// Scores the learner's response to question `index` (chosen indices, or the typed
    /// number) after `seconds` of thinking and records it. Returns {answered: false}
    /// when the number field holds no number, else {answered, correct, saved, solution}
    /// (solutionVariant: what the view marks as the right answer).
    Q_INVOKABLE QVariantMap check(int index, const QVariantList &chosen, const QString &typedNumber, double seconds);

    /// The experiment a read_curve question shows, or nothing.
    std::optional<config::Experiment> curveExperiment(int index) const;

signals:
    void progressChanged();

protected:
    /// Question `index` of the list and its lesson's id, or nullptr.
    virtual const config::Question *questionAt(int index, QString *lessonId) const = 0;
    /// The response scored as the progress store keeps it (answered now); nothing when
    /// there is no such question or the number field holds no number.
    std::optional<progress::AnswerRecord> scored(int index, const QVariantList &chosen, const QString &typedNumber,
                                                 double seconds) const;
    /// Records an answer in the learner's progress; false when it could not be saved.
    bool save(const progress::AnswerRecord &record) const;

private:
    QPointer<Progress> m_progress;
};

} // namespace kobai::app
