#include "QuestionReader.h"

#include "ConfigError.h"
#include "Syllabus.h"
#include "TextFields.h"

#include <QSet>

#include <cmath>

namespace kobai::config {

namespace {

const QStringList kindNames{"single", "multiple", "number", "fill_code", "read_curve"};

QStringList syllabusIds()
{
    QStringList ids;
    for (const SyllabusItem &item : syllabusItems())
        ids << item.id;
    return ids;
}

void readChoices(ObjectReader &reader, Question &question)
{
    std::vector<ObjectReader> choices = reader.objects("choices");
    if (choices.size() < 2 || choices.size() > 8)
        reader.fail("choices", QStringLiteral("2 to 8 choices, each {\"ja\": …, \"en\": …}"));
    for (ObjectReader &choice : choices)
        question.choices << readText(choice);
}

int readIndex(ObjectReader &reader, const char *key, const QJsonValue &value, qsizetype count)
{
    const double index = value.toDouble(-1);
    if (!value.isDouble() || index != std::floor(index) || index < 0 || index >= static_cast<double>(count))
        reader.fail(key, QStringLiteral("the index of a choice, an integer 0 … %1").arg(count - 1));
    return static_cast<int>(index);
}

void readChoiceAnswers(ObjectReader &reader, Question &question)
{
    readChoices(reader, question);
    const QJsonValue answer = reader.raw("answer");
    if (question.kind != Question::Kind::Multiple) {
        question.answers << readIndex(reader, "answer", answer, question.choices.size());
        return;
    }
    if (!answer.isArray() || answer.toArray().isEmpty())
        reader.fail("answer", QStringLiteral("a non-empty array of choice indices (every right choice)"));
    QSet<int> seen;
    for (const QJsonValue &value : answer.toArray()) {
        const int index = readIndex(reader, "answer", value, question.choices.size());
        if (seen.contains(index))
            reader.fail("answer", QStringLiteral("each right choice once"));
        seen.insert(index);
        question.answers << index;
    }
}

void readNumberAnswer(ObjectReader &reader, Question &question)
{
    if (!reader.has("answer") || !reader.has("tolerance"))
        reader.fail(reader.has("answer") ? "tolerance" : "answer",
                    QStringLiteral("a number (a number question needs its answer and an absolute tolerance)"));
    reader.read("answer", question.answer, Range::any());
    reader.read("tolerance", question.tolerance, Range::atLeast(0));
}

void readCodeBlanks(ObjectReader &reader, Question &question)
{
    question.code = requiredString(reader, "code", QStringLiteral("the code listing, each blank written ____"));
    const qsizetype blanks = question.code.count(codeBlank);
    if (blanks == 0)
        reader.fail("code", QStringLiteral("a listing with at least one blank written ____"));
    std::vector<ObjectReader> entries = reader.objects("blanks");
    if (static_cast<qsizetype>(entries.size()) != blanks)
        reader.fail("blanks", QStringLiteral("one entry per ____ in the code (%1)").arg(blanks));
    for (ObjectReader &entry : entries) {
        const QJsonValue choices = entry.raw("choices");
        QStringList texts;
        for (const QJsonValue &choice : choices.toArray())
            if (choice.isString() && !choice.toString().isEmpty())
                texts << choice.toString();
        if (!choices.isArray() || texts.size() < 2 || texts.size() != choices.toArray().size())
            entry.fail("choices", QStringLiteral("an array of 2 or more non-empty code snippets"));
        question.blankChoices << texts;
        question.answers << readIndex(entry, "answer", entry.raw("answer"), texts.size());
        entry.finish();
    }
}

void readCurve(ObjectReader &reader, Question &question, const QList<LessonExperiment> &experiments)
{
    const QJsonValue experiment = reader.raw("experiment");
    QStringList names;
    for (const LessonExperiment &e : experiments) {
        names << e.name;
        if (experiment.isString() && e.name == experiment.toString()) {
            question.curveSource = e.source;
            question.curve = e.experiment;
        }
    }
    if (experiment.isObject()) {
        question.curveSource = experiment.toObject();
        question.curve = parseExperimentObject(question.curveSource, reader.field("experiment"), reader.file());
    }
    if (!question.curve)
        reader.fail("experiment", QStringLiteral("one of the lesson's experiments (%1) or an experiment object {…}")
                                      .arg(names.join(u", ")));
}

} // namespace

Question readQuestion(ObjectReader &reader, const QList<LessonExperiment> &experiments)
{
    Question question;
    question.id = requiredName(reader, "id", QStringLiteral("an id of lowercase letters, digits, - and _"));
    if (!reader.has("kind"))
        reader.fail("kind", QStringLiteral("one of ") + kindNames.join(u", "));
    question.kind = static_cast<Question::Kind>(reader.choice("kind", kindNames, 0));
    question.syllabus = requiredString(reader, "syllabus", QStringLiteral("a syllabus item id"));
    if (!findSyllabusItem(question.syllabus))
        reader.fail("syllabus", QStringLiteral("one of ") + syllabusIds().join(u", "));
    if (!reader.has("difficulty"))
        reader.fail("difficulty", QStringLiteral("an integer 1 … 3"));
    reader.read("difficulty", question.difficulty, Range::integerBetween(1, 3));
    question.prompt = readText(reader, "prompt");
    question.explanation = readText(reader, "explanation");
    switch (question.kind) {
    case Question::Kind::Single:
    case Question::Kind::Multiple:
        readChoiceAnswers(reader, question);
        break;
    case Question::Kind::ReadCurve:
        readChoiceAnswers(reader, question);
        readCurve(reader, question, experiments);
        break;
    case Question::Kind::Number:
        readNumberAnswer(reader, question);
        break;
    case Question::Kind::FillCode:
        readCodeBlanks(reader, question);
        break;
    }
    reader.finish();
    return question;
}


} // namespace kobai::config
