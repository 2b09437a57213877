#include "Lesson.h"

#include "ConfigError.h"
#include "ContourConfig.h"
#include "JsonFile.h"
#include "ObjectReader.h"
#include "PictureReferences.h"
#include "QuestionReader.h"
#include "TextFields.h"
#include "SpecFields.h"
#include "SurfaceConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace kobai::config {

namespace {

const QStringList scaleNames{"linear", "log"};
const QStringList xAxisNames{"epoch", "updates", "gradient_evaluations", "update", "step", "value"};
const QStringList epochSeriesNames{"train_loss", "val_loss", "train_acc", "val_acc", "lr"};
const QString batchLossSeries = QStringLiteral("batch_loss");
const QStringList trajectorySeriesNames{"loss", "x", "y", "lr"};
const QStringList sweepSeriesNames{"train_loss", "val_loss", "train_acc", "val_acc"};

/// Raw LaTeX never reaches the screen: formulas are written in Unicode.
const QRegularExpression latexPattern(
    QStringLiteral(R"(\$\$|\\(frac|sum|prod|nabla|partial|sqrt|cdot|times|eta|alpha|beta|gamma|theta|epsilon|lambda|mathbf|left|right|begin)\b)"));

/// Runs one check of a lesson that does not depend on the others, keeping its problem
/// instead of stopping there: a teacher sees every problem of a folder at once.
/// Returns whether the check passed.
template <class Check>
bool keepProblem(QStringList &problems, Check &&check)
{
    try {
        check();
        return true;
    } catch (const ConfigError &error) {
        problems << error.text();
        return false;
    }
}

/// Reads each object of the array at key (when present) with read, keeping every problem.
template <class Read>
void readEach(ObjectReader &root, const char *key, QStringList &problems, Read &&read)
{
    if (!root.has(key))
        return;
    std::vector<ObjectReader> readers;
    if (!keepProblem(problems, [&] { readers = root.objects(key); }))
        return;
    for (ObjectReader &reader : readers)
        keepProblem(problems, [&] { read(reader); });
}

/// Names that must each be one of the lesson's experiments; absent → empty (all of them).
QStringList readExperimentNames(ObjectReader &reader, const QStringList &known)
{
    if (!reader.has("experiments"))
        return {};
    const QString expected = QStringLiteral("an array of experiment names, each one of ") + known.join(u", ");
    const QJsonValue value = reader.raw("experiments");
    if (!value.isArray() || value.toArray().isEmpty())
        reader.fail("experiments", expected);
    QStringList names;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!known.contains(array[i].toString()))
            throw ConfigError(reader.file(), QStringLiteral("%1[%2]").arg(reader.field("experiments")).arg(i),
                              showValue(array[i]), QStringLiteral("one of ") + known.join(u", "));
        names << array[i].toString();
    }
    return names;
}

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

QList<const LessonExperiment *> targets(const QList<LessonExperiment> &experiments, const QStringList &names)
{
    QList<const LessonExperiment *> chosen;
    for (const LessonExperiment &e : experiments)
        if (names.isEmpty() || names.contains(e.name))
            chosen << &e;
    return chosen;
}

/// Throws, at `key` of the control, when setting `value` makes a target experiment invalid.
void checkValueFits(const ObjectReader &reader, const QString &key, const LessonControl &control,
                    const QList<const LessonExperiment *> &experiments, const QJsonValue &value)
{
    for (const LessonExperiment *e : experiments) {
        try {
            parseExperimentObject(withField(e->source, control.field, value), QStringLiteral("(experiment)"),
                                  reader.file());
        } catch (const ConfigError &error) {
            throw ConfigError(reader.file(), key, showValue(value),
                              QStringLiteral("a value the experiment \"%1\" accepts at \"%2\" (%3)")
                                  .arg(e->name, shortenedForMessage(control.field), error.expectation()));
        }
    }
}

void readValueChoices(ObjectReader &reader, LessonControl &control)
{
    const QJsonValue values = reader.raw("values");
    const QString expected = QStringLiteral("a non-empty array of numbers or strings");
    if (!values.isArray() || values.toArray().isEmpty())
        reader.fail("values", expected);
    control.values = values.toArray();
    for (const QJsonValue &v : control.values)
        if (!v.isDouble() && !v.isString())
            reader.fail("values", expected);
    if (reader.has("min") || reader.has("max"))
        reader.fail(reader.has("min") ? "min" : "max", QStringLiteral("no range beside \"values\" (one or the other)"));
    if (!reader.has("value_labels"))
        return;
    std::vector<ObjectReader> labels = reader.objects("value_labels");
    if (labels.size() != static_cast<std::size_t>(control.values.size()))
        reader.fail("value_labels", QStringLiteral("one label per value (%1)").arg(control.values.size()));
    for (ObjectReader &label : labels)
        control.valueLabels << readText(label);
}

void readRange(ObjectReader &reader, LessonControl &control)
{
    if (!reader.has("min") || !reader.has("max"))
        reader.fail(reader.has("min") ? "max" : "min", QStringLiteral("a number (a control needs \"values\" or a range min … max)"));
    reader.read("min", control.min, Range::any());
    reader.read("max", control.max, control.scale == LessonControl::Scale::Log ? Range::above(0) : Range::any());
    if (control.scale == LessonControl::Scale::Log && control.min <= 0)
        reader.fail("min", QStringLiteral("a number > 0 (the scale is log)"));
    if (control.max <= control.min)
        reader.fail("max", QStringLiteral("a number > min (%1)").arg(control.min));
    reader.read("step", control.step, Range::atLeast(0));
}

/// A point strictly inside the range that no whole step would reach.
double innerFractionalPoint(const LessonControl &control)
{
    const double t = 0.37;
    if (control.scale == LessonControl::Scale::Log)
        return control.min * std::pow(control.max / control.min, t);
    return control.min + (control.max - control.min) * t + 1e-3;
}

LessonControl readControl(ObjectReader &reader, const QList<LessonExperiment> &experiments)
{
    QStringList known;
    for (const LessonExperiment &e : experiments)
        known << e.name;
    LessonControl control;
    control.field = requiredString(reader, "field", QStringLiteral("a dotted path into the experiment, e.g. \"optimizer.lr\""));
    control.label = readText(reader, "label");
    control.experiments = readExperimentNames(reader, known);
    control.scale = static_cast<LessonControl::Scale>(reader.choice("scale", scaleNames, 0));
    const QList<const LessonExperiment *> chosen = targets(experiments, control.experiments);
    if (reader.has("values")) {
        readValueChoices(reader, control);
        for (qsizetype i = 0; i < control.values.size(); ++i)
            checkValueFits(reader, QStringLiteral("%1[%2]").arg(reader.field("values")).arg(i), control, chosen,
                           control.values[i]);
    } else {
        readRange(reader, control);
        checkValueFits(reader, reader.field("min"), control, chosen, control.min);
        checkValueFits(reader, reader.field("max"), control, chosen, control.max);
        if (control.step == 0) {
            try {
                checkValueFits(reader, reader.field("step"), control, chosen, innerFractionalPoint(control));
            } catch (const ConfigError &) {
                reader.fail("step", QStringLiteral("a whole-number step such as 1 (\"%1\" takes integers)").arg(control.field));
            }
        }
    }
    reader.finish();
    return control;
}

/// The series a chart may plot against its x-axis, and the experiment kinds that have them.
struct AxisSeries {
    QStringList series;
    QList<ExperimentKind> kinds;
};

AxisSeries seriesFor(LessonChart::XAxis x)
{
    using X = LessonChart::XAxis;
    switch (x) {
    case X::Update:
        return {{batchLossSeries}, {ExperimentKind::Training}};
    case X::Step:
        return {trajectorySeriesNames, {ExperimentKind::Trajectory}};
    case X::Value:
        return {sweepSeriesNames, {ExperimentKind::Sweep}};
    case X::Epoch:
        return {epochSeriesNames, {ExperimentKind::Training, ExperimentKind::Schedule}};
    case X::Updates:
    case X::GradientEvaluations:
        break;
    }
    return {epochSeriesNames, {ExperimentKind::Training}};
}

/// Throws when a target experiment cannot give the chart's series.
void checkChartFitsExperiments(ObjectReader &reader, const LessonChart &chart,
                               const QList<const LessonExperiment *> &experiments)
{
    const AxisSeries axis = seriesFor(chart.x);
    const bool accuracy = chart.series.contains(u"train_acc") || chart.series.contains(u"val_acc");
    for (const LessonExperiment *e : experiments) {
        const ExperimentKind kind = e->experiment.kind;
        if (!axis.kinds.contains(kind))
            reader.fail("experiments", QStringLiteral("experiments that have x \"%1\" (\"%2\" is a %3 experiment; "
                                                      "name the chart's experiments)")
                                           .arg(xAxisNames[static_cast<int>(chart.x)], e->name, kindName(kind)));
        if (kind == ExperimentKind::Schedule && chart.series != QStringList{QStringLiteral("lr")})
            reader.fail("series", QStringLiteral("only lr for the schedule experiment \"%1\"").arg(e->name));
        const TrainingSpec &training =
            kind == ExperimentKind::Sweep ? e->experiment.sweep.runs.front() : e->experiment.training;
        if (accuracy && (kind == ExperimentKind::Training || kind == ExperimentKind::Sweep) &&
            isRegressionDataset(training.dataset))
            reader.fail("series", QStringLiteral("no accuracy for the regression experiment \"%1\"").arg(e->name));
    }
}

LessonChart readChart(ObjectReader &reader, const QList<LessonExperiment> &experiments)
{
    QStringList known;
    for (const LessonExperiment &e : experiments)
        known << e.name;
    LessonChart chart;
    chart.title = readText(reader, "title");
    chart.x = static_cast<LessonChart::XAxis>(reader.choice("x", xAxisNames, 0));
    const QStringList allowed = seriesFor(chart.x).series;
    const QString expected = QStringLiteral("a non-empty array, each one of %1 (with x \"%2\")")
                                 .arg(allowed.join(u", "), xAxisNames[static_cast<int>(chart.x)]);
    const QJsonValue series = reader.raw("series");
    if (!series.isArray() || series.toArray().isEmpty())
        reader.fail("series", expected);
    for (const QJsonValue &name : series.toArray()) {
        if (!allowed.contains(name.toString()))
            reader.fail("series", expected);
        chart.series << name.toString();
    }
    chart.experiments = readExperimentNames(reader, known);
    checkChartFitsExperiments(reader, chart, targets(experiments, chart.experiments));
    reader.read("log_x", chart.logX, Range::any());
    reader.read("log_y", chart.logY, Range::any());
    reader.finish();
    return chart;
}

/// At most this many paths share one landscape: one per colour of the palette.
constexpr qsizetype maxLandscapePaths = 6;

LessonLandscape readLandscape(ObjectReader &reader, const QList<LessonExperiment> &experiments)
{
    QStringList known;
    for (const LessonExperiment &e : experiments)
        known << e.name;
    LessonLandscape landscape;
    landscape.title = readText(reader, "title");
    landscape.contours = readContours(reader);
    if (!reader.has("experiments"))
        reader.fail("experiments", QStringLiteral("an array of 1 … %1 trajectory experiment names (required)")
                                       .arg(maxLandscapePaths));
    landscape.experiments = readExperimentNames(reader, known);
    if (landscape.experiments.size() > maxLandscapePaths)
        reader.fail("experiments", QStringLiteral("at most %1 experiments (one per path colour)").arg(maxLandscapePaths));
    for (const LessonExperiment *e : targets(experiments, landscape.experiments)) {
        if (e->experiment.kind != ExperimentKind::Trajectory)
            reader.fail("experiments", QStringLiteral("trajectory experiments (\"%1\" is a %2 experiment)")
                                           .arg(e->name, kindName(e->experiment.kind)));
        if (!(e->experiment.trajectory.function == landscape.contours.function))
            reader.fail("function", QStringLiteral("the function of the experiments it shows (\"%1\" walks on %2)")
                                        .arg(e->name, showValue(functionToJson(e->experiment.trajectory.function))));
    }
    reader.finish();
    return landscape;
}

/// Throws when path (a file of the lesson) resolves, through symbolic links, outside
/// folder: a lesson shows only what its own folder holds.
void requireInsideFolder(const QString &path, const QString &folder)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    const QString root = QFileInfo(folder).canonicalFilePath();
    // A missing file is not a link anywhere: reading it says so.
    if (target.isEmpty() || root.isEmpty() || target.startsWith(root + QLatin1Char('/')))
        return;
    throw ConfigError(path, QStringLiteral("a link to %1, outside the lesson folder; expected a file inside %2")
                                .arg(shortenedForMessage(target), root));
}

/// The offset of the first byte that is not UTF-8 (overlong forms and surrogates
/// included), or -1 when every byte is.
qsizetype invalidUtf8Offset(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char lead = b[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0)
            length = 2, code = lead & 0x1F, smallest = 0x80;
        else if ((lead & 0xF0) == 0xE0)
            length = 3, code = lead & 0x0F, smallest = 0x800;
        else if ((lead & 0xF8) == 0xF0)
            length = 4, code = lead & 0x07, smallest = 0x10000;
        else
            return i;
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((b[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (b[i + k] & 0x3F);
        }
        if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

/// Why a picture may not be shown, or an empty string when it is a file inside the
/// lesson folder (or one of the app's resources): nothing is downloaded, nothing else
/// on the learner's disk is shown.
QString pictureProblem(const QString &url, const QString &folder)
{
    const QUrl parsed(url);
    if (parsed.scheme() == QLatin1String("qrc"))
        return {};
    if (url.startsWith(QLatin1String("//")) || !parsed.scheme().isEmpty())
        return QStringLiteral("is a URL (pictures are never downloaded, nor read from outside the lesson)");
    const QString relative = QUrl::fromPercentEncoding(parsed.path(QUrl::FullyEncoded).toUtf8());
    if (QDir::isAbsolutePath(relative))
        return QStringLiteral("is an absolute path");
    const QString root = QDir::cleanPath(folder);
    const QString path = QDir::cleanPath(root + QLatin1Char('/') + relative);
    if (!path.startsWith(root + QLatin1Char('/')))
        return QStringLiteral("leaves the lesson folder");
    if (!QFileInfo(path).isFile())
        return QStringLiteral("is not a file in the lesson folder");
    try {
        requireInsideFolder(path, folder);
    } catch (const ConfigError &) {
        return QStringLiteral("is a link to a file outside the lesson folder");
    }
    return {};
}

/// Throws for a text that is not UTF-8, empty, holds raw LaTeX, or shows a picture
/// from outside the lesson folder; path names the file in the message.
void checkLessonText(const QString &path, const QByteArray &bytes, const QString &text, const QString &folder,
                     QStringList &problems)
{
    const qsizetype invalid = invalidUtf8Offset(bytes);
    if (invalid >= 0) {
        problems << ConfigError(path, QStringLiteral("byte %1 (line %2): not valid UTF-8; expected the lesson text "
                                                     "in UTF-8")
                                          .arg(invalid)
                                          .arg(bytes.left(invalid).count('\n') + 1))
                        .text();
        return;
    }
    if (text.trimmed().isEmpty())
        problems << ConfigError(path, QStringLiteral("empty: expected the lesson text in Markdown")).text();
    const QRegularExpressionMatch latex = latexPattern.match(text);
    if (latex.hasMatch())
        problems << ConfigError(path, QStringLiteral("line %1: raw LaTeX \"%2\"; expected formulas in Unicode with "
                                                     "<sub>/<sup> (docs/lessons.md)")
                                          .arg(text.left(latex.capturedStart()).count(u'\n') + 1)
                                          .arg(latex.captured()))
                        .text();
    for (const PictureReference &picture : pictureReferences(text)) {
        const QString problem = pictureProblem(picture.url, folder);
        if (!problem.isEmpty())
            problems << ConfigError(path, QStringLiteral("line %1: picture \"%2\" %3; expected a picture file inside "
                                                         "the lesson folder, e.g. images/plot.png (docs/lessons.md)")
                                              .arg(text.left(picture.offset).count(u'\n') + 1)
                                              .arg(shortenedForMessage(picture.url), problem))
                            .text();
    }
}

/// text.ja.md and text.en.md, each checked; their problems are added to problems.
LocalizedText readLessonText(const QString &folder, QStringList &problems)
{
    LocalizedText text;
    for (const auto &[language, target] : {std::pair{QStringLiteral("ja"), &text.ja}, std::pair{QStringLiteral("en"), &text.en}}) {
        const QString path = folder + QStringLiteral("/text.%1.md").arg(language);
        keepProblem(problems, [&, target = target] {
            if (!QFileInfo::exists(path))
                throw ConfigError(path, QStringLiteral("missing: each lesson needs text.ja.md and text.en.md beside lesson.json"));
            requireInsideFolder(path, folder);
            const QByteArray bytes = readWholeFile(path);
            *target = QString::fromUtf8(bytes);
            checkLessonText(path, bytes, *target, folder, problems);
        });
    }
    return text;
}

/// Every glossary link in the lesson's texts that names no term, one problem each.
void checkGlossaryLinks(const Lesson &lesson, const Glossary &glossary, QStringList &problems)
{
    for (const auto &[language, text] : {std::pair{QStringLiteral("ja"), &lesson.text.ja},
                                         std::pair{QStringLiteral("en"), &lesson.text.en}})
        for (const GlossaryLink &link : glossaryLinks(*text))
            if (!glossary.find(link.id))
                problems << ConfigError(lesson.folder + QStringLiteral("/text.%1.md").arg(language),
                                        QStringLiteral("line %1: glossary link \"%2\" names no term; expected the id "
                                                       "of a term in the glossary (lessons/glossary.json)")
                                            .arg(link.line)
                                            .arg(shortenedForMessage(link.id)))
                                .text();
}

} // namespace

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
                 [&](ObjectReader &reader) { lesson.charts << readChart(reader, lesson.experiments); });
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
