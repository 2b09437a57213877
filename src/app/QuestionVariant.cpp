#include "QuestionVariant.h"
#include "LocalizedVariant.h"

#include <QVariantList>

namespace kobai::app {

QString kindName(config::Question::Kind kind)
{
    switch (kind) {
    case config::Question::Kind::Single:
        return QStringLiteral("single");
    case config::Question::Kind::Multiple:
        return QStringLiteral("multiple");
    case config::Question::Kind::Number:
        return QStringLiteral("number");
    case config::Question::Kind::FillCode:
        return QStringLiteral("fill_code");
    case config::Question::Kind::ReadCurve:
        return QStringLiteral("read_curve");
    }
    return {};
}

QVariantMap questionVariant(const config::Question &question, const QString &lessonId)
{
    QVariantList choices;
    for (const config::LocalizedText &choice : question.choices)
        choices.append(localizedVariant(choice));
    QVariantList blankChoices;
    for (const QStringList &snippets : question.blankChoices)
        blankChoices.append(snippets);
    return {{QStringLiteral("lessonId"), lessonId},
            {QStringLiteral("id"), question.id},
            {QStringLiteral("kind"), kindName(question.kind)},
            {QStringLiteral("syllabus"), question.syllabus},
            {QStringLiteral("difficulty"), question.difficulty},
            {QStringLiteral("prompt"), localizedVariant(question.prompt)},
            {QStringLiteral("explanation"), localizedVariant(question.explanation)},
            {QStringLiteral("choices"), choices},
            {QStringLiteral("codeParts"), question.code.isEmpty() ? QStringList() : question.code.split(config::codeBlank)},
            {QStringLiteral("blankChoices"), blankChoices}};
}

} // namespace kobai::app
