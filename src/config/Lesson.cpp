#include "Lesson.h"

#include "ConfigError.h"
#include "JsonFile.h"
#include "LessonFiles.h"
#include "LessonParts.h"
#include "LessonProblems.h"
#include "LessonSearches.h"
#include "ObjectReader.h"
#include "QuestionReader.h"
#include "TextFields.h"

#include <QDir>
#include <QJsonArray>
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
        reader.read("on_demand", entry.onDemand, Range::any());
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
        readEach(root, "searches", problems,
                 [&](ObjectReader &reader) { lesson.searches << readSearchPanel(reader, lesson.experiments); });
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
        for (const char *key : {"controls", "charts", "landscapes", "searches", "questions"})
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

namespace {

/// The steps of a field path: "optimizer.lr" → optimizer, lr; a bracketed step may hold
/// dots (a search space's keys are paths themselves) and a number indexes an array:
/// "space[optimizer.lr].log.1" → space, optimizer.lr, log, 1.
QStringList pathSteps(const QString &path)
{
    QStringList steps;
    qsizetype i = 0;
    while (i < path.size()) {
        qsizetype end = 0;
        if (path[i] == u'[' && (end = path.indexOf(u']', i)) > i) {
            steps << path.mid(i + 1, end - i - 1);
            ++end;
        } else {
            // An unclosed '[' is taken as a character, so every step moves on.
            end = path[i] == u'[' ? i + 1 : i;
            while (end < path.size() && path[end] != u'.' && path[end] != u'[')
                ++end;
            steps << path.mid(i, end - i);
        }
        i = end < path.size() && path[end] == u'.' ? end + 1 : end;
    }
    return steps;
}

/// The array position a step names in `array`, or -1 when it names none.
qsizetype arrayIndex(const QJsonValue &array, const QString &step)
{
    bool number = false;
    const qsizetype index = step.toLongLong(&number);
    return array.isArray() && number && index >= 0 && index < array.toArray().size() ? index : -1;
}

QJsonValue withSteps(const QJsonValue &at, QStringList steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    const QString step = steps.takeFirst();
    if (const qsizetype index = arrayIndex(at, step); index >= 0) {
        QJsonArray array = at.toArray();
        array[index] = withSteps(array[index], steps, value);
        return array;
    }
    // Anything else becomes an object, which the experiment's own check then names.
    QJsonObject object = at.toObject();
    object.insert(step, withSteps(object.value(step), steps, value));
    return object;
}

} // namespace

QJsonObject withField(QJsonObject experiment, const QString &dottedPath, const QJsonValue &value)
{
    return withSteps(experiment, pathSteps(dottedPath), value).toObject();
}

QJsonValue fieldValue(const QJsonObject &experiment, const QString &dottedPath)
{
    QJsonValue at = experiment;
    for (const QString &step : pathSteps(dottedPath)) {
        const qsizetype index = arrayIndex(at, step);
        at = index >= 0 ? at.toArray().at(index) : at.toObject().value(step);
    }
    return at;
}

} // namespace kobai::config
