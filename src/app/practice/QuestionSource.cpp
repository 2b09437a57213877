#include "QuestionSource.h"
#include "practice/LearnerAnswer.h"
#include "practice/QuestionVariant.h"

namespace kobai::app {

void QuestionSource::setProgress(Progress *progress)
{
    if (m_progress == progress)
        return;
    m_progress = progress;
    emit progressChanged();
}

std::optional<progress::AnswerRecord> QuestionSource::scored(int index, const QVariantList &chosen,
                                                             const QString &typedNumber, double seconds) const
{
    QString lessonId;
    const config::Question *question = questionAt(index, &lessonId);
    if (!question)
        return std::nullopt;
    const config::Response response = learnerResponse(*question, chosen, typedNumber);
    if (question->kind == config::Question::Kind::Number && !response.number)
        return std::nullopt;
    progress::AnswerRecord record;
    record.lessonId = lessonId;
    record.questionId = question->id;
    record.answeredAt = QDateTime::currentDateTimeUtc();
    record.correct = config::isCorrect(*question, response);
    record.seconds = seconds;
    record.response = responseText(*question, response);
    return record;
}

bool QuestionSource::save(const progress::AnswerRecord &record) const
{
    return m_progress && m_progress->recordAnswer(record);
}

QVariantMap QuestionSource::check(int index, const QVariantList &chosen, const QString &typedNumber, double seconds)
{
    const std::optional<progress::AnswerRecord> record = scored(index, chosen, typedNumber, seconds);
    if (!record)
        return {{QStringLiteral("answered"), false}};
    QString lessonId;
    return {{QStringLiteral("answered"), true},
            {QStringLiteral("correct"), record->correct},
            {QStringLiteral("saved"), save(*record)},
            {QStringLiteral("solution"), solutionVariant(*questionAt(index, &lessonId))}};
}

std::optional<config::Experiment> QuestionSource::curveExperiment(int index) const
{
    QString lessonId;
    const config::Question *question = questionAt(index, &lessonId);
    return question ? question->curve : std::nullopt;
}

} // namespace kobai::app
