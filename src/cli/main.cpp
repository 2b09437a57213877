// kobai-run: the headless runner for classroom batches, benchmarks and tests.
// stdout carries CSV and nothing else; every message goes to stderr.
#include "ExitCode.h"
#include "LessonCommand.h"
#include "ExperimentCommand.h"
#include "core/AllocatorTuning.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    kobai::keepWorkspacesInHeap();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kobai-run"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOBAI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a Kōbai experiment file (docs/experiments.md) and writes its result as CSV: the learning\n"
        "curve (training), the walk on a 2-D function (trajectory), the rate per epoch (schedule)\n"
        "or the contour lines of a 2-D function (contours).\n"
        "Exit codes: 0 finished or stopped early, 2 invalid input, 3 diverged, 130 interrupted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the CSV to FILE instead of stdout."),
                                 QStringLiteral("FILE.csv"));
    const QCommandLineOption perUpdate(QStringLiteral("per-update"),
                                       QStringLiteral("Training: write update,epoch,batch_loss rows to FILE."),
                                       QStringLiteral("FILE.csv"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Trajectory: write the optimizer state after each step as "
                                                  "step,name,index,value rows to FILE."),
                                   QStringLiteral("FILE.csv"));
    const QCommandLineOption summary(QStringLiteral("summary"),
                                     QStringLiteral("Write how the run ended and its configuration to FILE."),
                                     QStringLiteral("FILE.json"));
    const QCommandLineOption asPytorch(QStringLiteral("as-pytorch"),
                                       QStringLiteral("Print the experiment as a runnable PyTorch 1.13 script instead "
                                                      "of running it."));
    const QCommandLineOption checkLessons(QStringLiteral("check-lessons"),
                                          QStringLiteral("Check every lesson folder under DIR (docs/lessons.md); "
                                                         "exit 2 if any is broken."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption lesson(QStringLiteral("lesson"),
                                    QStringLiteral("Run the experiments of lesson ID, in order; stdout gets the "
                                                   "first one's CSV."),
                                    QStringLiteral("ID"));
    const QCommandLineOption experiment(QStringLiteral("experiment"),
                                        QStringLiteral("With --lesson: run only the experiment NAME."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption outDir(QStringLiteral("out-dir"),
                                    QStringLiteral("With --lesson: write NAME.csv, NAME.updates.csv and "
                                                   "NAME.summary.json per experiment into DIR."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption lessonsDir(QStringLiteral("lessons-dir"),
                                        QStringLiteral("With --lesson: look for lessons under DIR instead of the "
                                                       "lessons built in."),
                                        QStringLiteral("DIR"), QStringLiteral(":/lessons"));
    parser.addOptions(
        {out, perUpdate, state, summary, asPytorch, checkLessons, lesson, experiment, outDir, lessonsDir});
    parser.addPositionalArgument(QStringLiteral("experiment"), QStringLiteral("The experiment file (JSON)."),
                                 QStringLiteral("EXPERIMENT.json"));

    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "kobai-run: %s (see kobai-run --help)\n", qUtf8Printable(parser.errorText()));
        return kobai::cli::InvalidInput;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(kobai::cli::Success);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(checkLessons))
        return kobai::cli::checkLessons(parser.value(checkLessons));
    if (parser.isSet(lesson))
        return kobai::cli::runLesson({parser.value(lessonsDir), parser.value(lesson), parser.value(experiment),
                                      parser.value(outDir)});
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        std::fprintf(stderr, "kobai-run: expected exactly one experiment file (see kobai-run --help)\n");
        return kobai::cli::InvalidInput;
    }
    if (parser.isSet(asPytorch))
        return kobai::cli::printPytorchScript(files.first());
    return kobai::cli::runExperimentFile(files.first(), {parser.value(out), parser.value(perUpdate),
                                                         parser.value(state), parser.value(summary)});
}
