#include "LessonQuestions.h"
#include "LearnerAnswer.h"
#include "QuestionVariant.h"

namespace kobai::app {

LessonQuestions::LessonQuestions(QObject *parent)
    : QObject(parent)
{
}

void LessonQuestions::setLibrary(LessonLibrary *library)
{
    if (m_library == library)
        return;
    m_library = library;
    emit questionsChanged();
}

void LessonQuestions::setLessonIndex(int index)
{
    if (m_lessonIndex == index)
        return;
    m_lessonIndex = index;
    emit questionsChanged();
}

void LessonQuestions::setProgress(Progress *progress)
{
    if (m_progress == progress)
        return;
    m_progress = progress;
    emit progressChanged();
}

const config::Lesson *LessonQuestions::lesson() const
{
    if (!m_library || m_lessonIndex < 0 || m_lessonIndex >= m_library->rowCount())
        return nullptr;
    const config::LessonLoad &load = m_library->at(m_lessonIndex);
    return load.lesson ? &*load.lesson : nullptr;
}

QVariantList LessonQuestions::questions() const
{
    QVariantList list;
    if (const config::Lesson *open = lesson())
        for (const config::Question &question : open->questions)
            list.append(questionVariant(question, open->id));
    return list;
}

QVariantMap LessonQuestions::check(int index, const QVariantList &chosen, const QString &typedNumber, double seconds)
{
    const config::Lesson *open = lesson();
    if (!open || index < 0 || index >= open->questions.size())
        return {{QStringLiteral("answered"), false}};
    const config::Question &question = open->questions.at(index);
    const config::Response response = learnerResponse(question, chosen, typedNumber);
    if (question.kind == config::Question::Kind::Number && !response.number)
        return {{QStringLiteral("answered"), false}};
    const bool correct = config::isCorrect(question, response);
    learning::AnswerRecord record;
    record.lessonId = open->id;
    record.questionId = question.id;
    record.answeredAt = QDateTime::currentDateTimeUtc();
    record.correct = correct;
    record.seconds = seconds;
    record.response = responseText(question, response);
    const bool saved = m_progress && m_progress->recordAnswer(record);
    return {{QStringLiteral("answered"), true}, {QStringLiteral("correct"), correct}, {QStringLiteral("saved"), saved}};
}

std::optional<config::Experiment> LessonQuestions::curveExperiment(int index) const
{
    const config::Lesson *open = lesson();
    if (!open || index < 0 || index >= open->questions.size())
        return std::nullopt;
    return open->questions.at(index).curve;
}

} // namespace kobai::app
