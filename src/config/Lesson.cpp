#include "Lesson.h"

#include "ConfigError.h"
#include "JsonFile.h"
#include "LessonFiles.h"
#include "LessonParts.h"
#include "LessonProblems.h"
#include "ObjectReader.h"
#include "QuestionReader.h"
#include "TextFields.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace kobai::config {

namespace {

/// Reads every experiment into experiments; false when one of them (or the array) is
/// broken, its problem kept.
bool readExperiments(ObjectReader &root, QList<LessonExperiment> &experiments, QStringList &problems)
{
    const auto before = problems.size();
    QStringList names;
    readEach(root, "experiments", problems, [&](ObjectReader &reader) {
        LessonExperiment entry;
        entry.name = requiredName(reader, "name", QStringLiteral("a name of lowercase letters, digits, - and _"));
        if (names.contains(entry.name))
            reader.fail("name", QStringLiteral("a name no other experiment of this lesson uses"));
        names << entry.name;
        entry.label = readText(reader, "label");
        const QJsonValue experiment = reader.raw("experiment");
        if (!experiment.isObject())
            reader.fail("experiment", QStringLiteral("an experiment object {…} (docs/experiments.md)"));
        entry.source = experiment.toObject();
        entry.experiment = parseExperimentObject(entry.source, reader.field("experiment"), reader.file());
        reader.finish();
        experiments << entry;
    });
    if (problems.size() == before && experiments.isEmpty())
        keepProblem(problems, [&] { root.fail("experiments", QStringLiteral("at least one experiment")); });
    return problems.size() == before;
}

} // namespace

QList<int> experimentIndices(const QList<LessonExperiment> &experiments, const QStringList &names)
{
    QList<int> indices;
    for (int i = 0; i < experiments.size(); ++i)
        if (names.isEmpty() || names.contains(experiments.at(i).name))
            indices << i;
    return indices;
}

Lesson parseLessonJson(const QByteArray &json, const QString &folder)
{
    const QString file = folder + QStringLiteral("/lesson.json");
    // Past these two, a problem does not hide the next one: each part is checked alone.
    ObjectReader root(parseJsonObject(json, file, QStringLiteral("one lesson")), QString(), file);
    requireFormatVersion(root, lessonFormatVersion, QStringLiteral("lesson"));
    Lesson lesson;
    lesson.folder = folder;
    QStringList problems;
    keepProblem(problems, [&] {
        lesson.id = requiredName(root, "id", QStringLiteral("an id of lowercase letters, digits, - and _"));
    });
    keepProblem(problems, [&] {
        if (!root.has("order"))
            root.fail("order", QStringLiteral("an integer ≥ 0 (the lesson's place in the list)"));
        root.read("order", lesson.order, Range::integerBetween(0, 9999));
    });
    keepProblem(problems, [&] { lesson.title = readText(root, "title"); });
    keepProblem(problems, [&] { lesson.tryThis = readText(root, "try_this"); });
    if (readExperiments(root, lesson.experiments, problems)) {
        readEach(root, "controls", problems,
                 [&](ObjectReader &reader) { lesson.controls << readControl(reader, lesson.experiments); });
        readEach(root, "charts", problems,
                 [&](ObjectReader &reader) { lesson.charts << readChart(reader, lesson.experiments, lesson.controls); });
        readEach(root, "landscapes", problems,
                 [&](ObjectReader &reader) { lesson.landscapes << readLandscape(reader, lesson.experiments); });
        QSet<QString> questionIds;
        readEach(root, "questions", problems, [&](ObjectReader &reader) {
            Question question = readQuestion(reader, lesson.experiments);
            if (questionIds.contains(question.id))
                reader.fail("id", QStringLiteral("an id no other question of this lesson uses"));
            questionIds.insert(question.id);
            lesson.questions << question;
        });
    } else {
        // What names the experiments is checked once they all read: a reference to a
        // broken one would only repeat its problem.
        for (const char *key : {"controls", "charts", "landscapes", "questions"})
            root.raw(key);
    }
    keepProblem(problems, [&] { root.finish(); });
    if (!problems.isEmpty())
        throw ConfigError(problems);
    return lesson;
}

Lesson readLessonFolder(const QString &folder)
{
    QStringList problems;
    std::optional<Lesson> lesson;
    keepProblem(problems, [&] {
        const QString file = folder + QStringLiteral("/lesson.json");
        requireInsideFolder(file, folder);
        lesson = parseLessonJson(readWholeFile(file), folder);
    });
    const LocalizedText text = readLessonText(folder, problems);
    if (!problems.isEmpty())
        throw ConfigError(problems);
    lesson->text = text;
    return *lesson;
}

QList<LessonLoad> readLessonsUnder(const QString &dir, const Glossary *glossary, const QList<LessonLoad> &taken)
{
    QList<LessonLoad> loads;
    QDir root(dir);
    if (!root.exists())
        return {LessonLoad{dir, std::nullopt, QStringLiteral("%1: no such folder").arg(dir)}};
    QHash<QString, QString> folderOfId;
    for (const LessonLoad &other : taken)
        if (other.lesson)
            folderOfId.insert(other.lesson->id, other.folder);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        LessonLoad load{root.filePath(name), std::nullopt, {}};
        QStringList problems;
        try {
            Lesson lesson = readLessonFolder(load.folder);
            if (glossary)
                checkGlossaryLinks(lesson, *glossary, problems);
            // Progress and answers are kept by id: two lessons with one id would share them.
            if (folderOfId.contains(lesson.id))
                problems << ConfigError(load.folder + QStringLiteral("/lesson.json"), QStringLiteral("id"),
                                        QLatin1Char('"') + lesson.id + QLatin1Char('"'),
                                        QStringLiteral("an id no other lesson uses (the lesson in %1 has it)")
                                            .arg(folderOfId[lesson.id]))
                                .text();
            else
                folderOfId.insert(lesson.id, load.folder);
            if (problems.isEmpty())
                load.lesson = std::move(lesson);
        } catch (const ConfigError &error) {
            problems << error.text();
        }
        load.error = problems.join(QLatin1Char('\n'));
        loads << load;
    }
    std::stable_sort(loads.begin(), loads.end(), [](const LessonLoad &a, const LessonLoad &b) {
        if (a.lesson.has_value() != b.lesson.has_value())
            return a.lesson.has_value();
        return a.lesson && a.lesson->order < b.lesson->order;
    });
    return loads;
}

QJsonObject withField(QJsonObject experiment, const QString &dottedPath, const QJsonValue &value)
{
    const qsizetype dot = dottedPath.indexOf(u'.');
    if (dot < 0) {
        experiment.insert(dottedPath, value);
        return experiment;
    }
    const QString head = dottedPath.left(dot);
    experiment.insert(head, withField(experiment.value(head).toObject(), dottedPath.mid(dot + 1), value));
    return experiment;
}

QJsonValue fieldValue(const QJsonObject &experiment, const QString &dottedPath)
{
    const qsizetype dot = dottedPath.indexOf(u'.');
    if (dot < 0)
        return experiment.value(dottedPath);
    return fieldValue(experiment.value(dottedPath.left(dot)).toObject(), dottedPath.mid(dot + 1));
}

} // namespace kobai::config
