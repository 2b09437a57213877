#include "QuestionSource.h"
#include "LearnerAnswer.h"

namespace kobai::app {

void QuestionSource::setProgress(Progress *progress)
{
    if (m_progress == progress)
        return;
    m_progress = progress;
    emit progressChanged();
}

QVariantMap QuestionSource::check(int index, const QVariantList &chosen, const QString &typedNumber, double seconds)
{
    QString lessonId;
    const config::Question *question = questionAt(index, &lessonId);
    if (!question)
        return {{QStringLiteral("answered"), false}};
    const config::Response response = learnerResponse(*question, chosen, typedNumber);
    if (question->kind == config::Question::Kind::Number && !response.number)
        return {{QStringLiteral("answered"), false}};
    const bool correct = config::isCorrect(*question, response);
    learning::AnswerRecord record;
    record.lessonId = lessonId;
    record.questionId = question->id;
    record.answeredAt = QDateTime::currentDateTimeUtc();
    record.correct = correct;
    record.seconds = seconds;
    record.response = responseText(*question, response);
    const bool saved = m_progress && m_progress->recordAnswer(record);
    answered(index, correct);
    return {{QStringLiteral("answered"), true}, {QStringLiteral("correct"), correct}, {QStringLiteral("saved"), saved}};
}

std::optional<config::Experiment> QuestionSource::curveExperiment(int index) const
{
    QString lessonId;
    const config::Question *question = questionAt(index, &lessonId);
    return question ? question->curve : std::nullopt;
}

void QuestionSource::answered(int, bool) {}

} // namespace kobai::app
