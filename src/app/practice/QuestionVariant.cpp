#include "QuestionVariant.h"
#include "reading/LocalizedVariant.h"

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

QVariantMap solutionVariant(const config::Question &question)
{
    switch (question.kind) {
    case config::Question::Kind::Number:
        return {{QStringLiteral("number"), QString::number(question.answer, 'g', 12)},
                {QStringLiteral("tolerance"), question.tolerance > 0 ? QString::number(question.tolerance, 'g', 6) : QString()}};
    case config::Question::Kind::FillCode: {
        QStringList blanks;
        for (qsizetype i = 0; i < question.blankChoices.size() && i < question.answers.size(); ++i)
            blanks << question.blankChoices.at(i).value(question.answers.at(i));
        const QStringList parts = question.code.split(config::codeBlank);
        QString code = parts.value(0);
        for (qsizetype i = 1; i < parts.size(); ++i)
            code += blanks.value(i - 1) + parts.at(i);
        return {{QStringLiteral("blanks"), blanks}, {QStringLiteral("code"), code}};
    }
    case config::Question::Kind::Single:
    case config::Question::Kind::Multiple:
    case config::Question::Kind::ReadCurve:
        break;
    }
    QVariantList choices;
    for (const int index : question.answers)
        choices.append(index);
    return {{QStringLiteral("choices"), choices}};
}

} // namespace kobai::app
