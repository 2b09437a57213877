#include "CommandLine.h"

#include <QDir>
#include <QFileInfo>

namespace kobai::cli {

namespace {

const QString outName = QStringLiteral("out");
const QString perUpdateName = QStringLiteral("per-update");
const QString layerStatsName = QStringLiteral("layer-stats");
const QString stateName = QStringLiteral("state");
const QString summaryName = QStringLiteral("summary");
const QString asPytorchName = QStringLiteral("as-pytorch");
const QString asPytorchDdpName = QStringLiteral("as-pytorch-ddp");
const QString checkLessonsName = QStringLiteral("check-lessons");
const QString questionStatsName = QStringLiteral("question-stats");
const QString lessonName = QStringLiteral("lesson");
const QString experimentName = QStringLiteral("experiment");
const QString outDirName = QStringLiteral("out-dir");
const QString lessonsDirName = QStringLiteral("lessons-dir");

/// The options that name the files of one experiment's run.
const QStringList outputNames{outName, perUpdateName, layerStatsName, stateName, summaryName};
/// The options only --lesson reads.
const QStringList lessonOnlyNames{experimentName, outDirName, lessonsDirName};

QString quoted(const QString &value) { return QLatin1Char('"') + value + QLatin1Char('"'); }

[[noreturn]] void refuse(const QString &option, const QString &value, const QString &expected)
{
    throw OptionError(QStringLiteral("--%1: value %2; expected %3 (see kobai-run --help)")
                          .arg(option, quoted(value), expected));
}

/// Names the first option of names that is set, or "" when none is.
QString firstSet(const QCommandLineParser &parser, const QStringList &names)
{
    for (const QString &name : names)
        if (parser.isSet(name))
            return name;
    return {};
}

void refuseWith(const QCommandLineParser &parser, const QStringList &names, const QString &command)
{
    if (const QString name = firstSet(parser, names); !name.isEmpty())
        throw OptionError(QStringLiteral("--%1 cannot be used with %2 (see kobai-run --help)").arg(name, command));
}

/// One value, not empty and not an option's name (a forgotten value swallows the
/// next option: "--out --summary s.json").
QString checkedValue(const QCommandLineParser &parser, const QString &name, const QString &expected)
{
    const QStringList values = parser.values(name);
    if (values.size() > 1)
        throw OptionError(QStringLiteral("--%1: given %2 times (%3); expected once (see kobai-run --help)")
                              .arg(name)
                              .arg(values.size())
                              .arg(values.join(u", ")));
    const QString value = values.value(0);
    if (value.isEmpty())
        refuse(name, value, expected);
    if (value.startsWith(QLatin1Char('-')))
        refuse(name, value, expected + QStringLiteral(", not an option (write ./") + value +
                                QStringLiteral(" for a file named so)"));
    return value;
}

QString outputFile(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return {};
    const QString path = checkedValue(parser, name, QStringLiteral("a file to write"));
    if (QFileInfo(path).isDir())
        refuse(name, path, QStringLiteral("a file to write, not a folder"));
    return path;
}

/// Two names of one file: the input among the outputs, or two outputs, would be
/// overwritten by each other before anyone saw them.
void refuseSameFiles(const QString &input, const QList<std::pair<QString, QString>> &outputs)
{
    const QString canonicalInput = canonicalPath(input);
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const auto &[name, path] = outputs[i];
        if (path.isEmpty())
            continue;
        const QString canonical = canonicalPath(path);
        if (canonical == canonicalInput)
            refuse(name, path, QStringLiteral("a file other than the experiment file %1").arg(quoted(input)));
        for (qsizetype j = 0; j < i; ++j)
            if (!outputs[j].second.isEmpty() && canonicalPath(outputs[j].second) == canonical)
                refuse(name, path,
                       QStringLiteral("a file other than --%1's %2").arg(outputs[j].first, quoted(outputs[j].second)));
    }
}

} // namespace

QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + QLatin1Char('/') + info.fileName();
}

CommandLine::CommandLine()
{
    parser_.setApplicationDescription(QStringLiteral(
        "Runs a Kōbai experiment file (docs/experiments.md) and writes its result as CSV: the learning\n"
        "curve (training), the walk on a 2-D function (trajectory), the rate per epoch (schedule)\n"
        "or the contour lines of a 2-D function (contours).\n"
        "Exit codes: 0 finished or stopped early, 1 an output cannot be written or memory ran out,\n"
        "2 invalid input or command line, 3 diverged, 130/143/129 stopped by SIGINT/SIGTERM/SIGHUP."));
    parser_.addHelpOption();
    parser_.addVersionOption();
    parser_.addOptions({
        {outName, QStringLiteral("Write the CSV to FILE instead of stdout."), QStringLiteral("FILE.csv")},
        {perUpdateName, QStringLiteral("Training: write update,epoch,batch_loss rows to FILE."),
         QStringLiteral("FILE.csv")},
        {layerStatsName,
         QStringLiteral("Training: write each hidden layer's activation statistics and weight-gradient norm "
                        "(docs/experiments.md) to FILE, at the experiment's layer_stats epochs or every epoch."),
         QStringLiteral("FILE.csv")},
        {stateName,
         QStringLiteral("Trajectory: write the optimizer state after each step as step,name,index,value rows "
                        "to FILE."),
         QStringLiteral("FILE.csv")},
        {summaryName, QStringLiteral("Write how the run ended and its configuration to FILE."),
         QStringLiteral("FILE.json")},
        {asPytorchName,
         QStringLiteral("Print the experiment as a runnable PyTorch 1.13 script instead of running it.")},
        {asPytorchDdpName,
         QStringLiteral("Print a data_parallel sync experiment as a PyTorch 1.13 DistributedDataParallel script "
                        "(gloo, K processes; its header says how to run it across machines) instead of running "
                        "it.")},
        {checkLessonsName,
         QStringLiteral("Check every lesson folder under DIR (docs/lessons.md); exit 2 if any is broken."),
         QStringLiteral("DIR")},
        {questionStatsName,
         QStringLiteral("Print, as Markdown, how the questions of every lesson under DIR cover the kinds, the "
                        "syllabus items and the difficulties (docs/questions.md); exit 2 if a lesson is broken."),
         QStringLiteral("DIR")},
        {lessonName, QStringLiteral("Run the experiments of lesson ID, in order; stdout gets the first one's CSV."),
         QStringLiteral("ID")},
        {experimentName, QStringLiteral("With --lesson: run only the experiment NAME."), QStringLiteral("NAME")},
        {outDirName,
         QStringLiteral("With --lesson: write NAME.csv, NAME.updates.csv and NAME.summary.json per experiment "
                        "into DIR."),
         QStringLiteral("DIR")},
        {lessonsDirName,
         QStringLiteral("With --lesson: look for lessons under DIR instead of the lessons built in."),
         QStringLiteral("DIR"), QStringLiteral(":/lessons")},
    });
    parser_.addPositionalArgument(QStringLiteral("experiment"), QStringLiteral("The experiment file (JSON)."),
                                  QStringLiteral("EXPERIMENT.json"));
}

Request CommandLine::parse(const QStringList &arguments)
{
    if (!parser_.parse(arguments))
        throw OptionError(parser_.errorText() + QStringLiteral(" (see kobai-run --help)"));
    Request request;
    if (parser_.isSet(QStringLiteral("help"))) {
        request.command = Command::Help;
        return request;
    }
    if (parser_.isSet(QStringLiteral("version"))) {
        request.command = Command::Version;
        return request;
    }
    const QStringList files = parser_.positionalArguments();
    if (parser_.isSet(questionStatsName)) {
        refuseWith(parser_,
                   outputNames + lessonOnlyNames +
                       QStringList{checkLessonsName, lessonName, asPytorchName, asPytorchDdpName},
                   QStringLiteral("--question-stats (the page goes to stdout)"));
        if (!files.isEmpty())
            throw OptionError(QStringLiteral("--question-stats takes no experiment file (found %1)").arg(files.first()));
        request.command = Command::QuestionStats;
        request.lessonsToCheck = checkedValue(parser_, questionStatsName, QStringLiteral("a folder of lessons"));
        return request;
    }
    if (parser_.isSet(checkLessonsName)) {
        refuseWith(parser_, outputNames + lessonOnlyNames + QStringList{lessonName, asPytorchName, asPytorchDdpName},
                   QStringLiteral("--check-lessons"));
        if (!files.isEmpty())
            throw OptionError(QStringLiteral("--check-lessons takes no experiment file (found %1)").arg(files.first()));
        request.command = Command::CheckLessons;
        request.lessonsToCheck = checkedValue(parser_, checkLessonsName, QStringLiteral("a folder of lessons"));
        return request;
    }
    if (parser_.isSet(lessonName)) {
        refuseWith(parser_, outputNames + QStringList{asPytorchName, asPytorchDdpName},
                   QStringLiteral("--lesson (use --out-dir)"));
        if (!files.isEmpty())
            throw OptionError(QStringLiteral("--lesson takes no experiment file (found %1)").arg(files.first()));
        request.command = Command::RunLesson;
        request.lesson.id = checkedValue(parser_, lessonName, QStringLiteral("a lesson id"));
        request.lesson.lessonsDir = parser_.isSet(lessonsDirName)
                                        ? checkedValue(parser_, lessonsDirName, QStringLiteral("a folder of lessons"))
                                        : parser_.value(lessonsDirName);
        if (parser_.isSet(experimentName))
            request.lesson.experiment = checkedValue(parser_, experimentName, QStringLiteral("an experiment name"));
        if (parser_.isSet(outDirName)) {
            request.lesson.outDir = checkedValue(parser_, outDirName, QStringLiteral("a folder to write into"));
            if (QFileInfo(request.lesson.outDir).exists() && !QFileInfo(request.lesson.outDir).isDir())
                refuse(outDirName, request.lesson.outDir, QStringLiteral("a folder, not a file"));
        }
        return request;
    }
    refuseWith(parser_, lessonOnlyNames, QStringLiteral("an experiment file (only with --lesson)"));
    if (parser_.isSet(asPytorchName))
        refuseWith(parser_, outputNames + QStringList{asPytorchDdpName},
                   QStringLiteral("--as-pytorch (the script goes to stdout)"));
    if (parser_.isSet(asPytorchDdpName))
        refuseWith(parser_, outputNames, QStringLiteral("--as-pytorch-ddp (the script goes to stdout)"));
    // The outputs first: a forgotten value ("--out --summary s.json") leaves a stray file
    // name, and the option is what to name.
    request.outputs.csv = outputFile(parser_, outName);
    request.outputs.perUpdateCsv = outputFile(parser_, perUpdateName);
    request.outputs.layerStatsCsv = outputFile(parser_, layerStatsName);
    request.outputs.stateCsv = outputFile(parser_, stateName);
    request.outputs.summaryJson = outputFile(parser_, summaryName);
    if (files.size() != 1)
        throw OptionError(QStringLiteral("expected exactly one experiment file, found %1%2 (see kobai-run --help)")
                              .arg(files.size())
                              .arg(files.isEmpty() ? QString() : QStringLiteral(": ") + files.join(u", ")));
    request.experimentFile = files.first();
    if (request.experimentFile.isEmpty())
        throw OptionError(QStringLiteral("the experiment file is \"\"; expected a file name"));
    if (parser_.isSet(asPytorchName) || parser_.isSet(asPytorchDdpName)) {
        request.command = parser_.isSet(asPytorchName) ? Command::PrintPytorch : Command::PrintPytorchDdp;
        return request;
    }
    refuseSameFiles(request.experimentFile, {{outName, request.outputs.csv},
                                             {perUpdateName, request.outputs.perUpdateCsv},
                                             {layerStatsName, request.outputs.layerStatsCsv},
                                             {stateName, request.outputs.stateCsv},
                                             {summaryName, request.outputs.summaryJson}});
    return request;
}

} // namespace kobai::cli
