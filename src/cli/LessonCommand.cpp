#include "LessonCommand.h"

#include "ConfigError.h"
#include "ExitCode.h"
#include "ExperimentCommand.h"
#include "JsonFile.h"
#include "Lesson.h"
#include "Messages.h"
#include "OutputFile.h"
#include "TrainingCommand.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdio>

namespace kobai::cli {

namespace {

const config::Lesson *findLesson(const QList<config::LessonLoad> &loads, const QString &id)
{
    for (const config::LessonLoad &load : loads)
        if (load.lesson && load.lesson->id == id)
            return &*load.lesson;
    return nullptr;
}

/// Why a lesson id was not found: the ids there are, and the folders that are broken.
QString whatIsThere(const QList<config::LessonLoad> &loads)
{
    QStringList ids;
    QStringList broken;
    for (const config::LessonLoad &load : loads) {
        if (load.lesson)
            ids << load.lesson->id;
        else
            broken << load.error;
    }
    QString text = QStringLiteral("expected one of: ") + (ids.isEmpty() ? QStringLiteral("(none)") : ids.join(u", "));
    for (const QString &error : broken)
        text += QStringLiteral("\n  broken: ") + error;
    return text;
}

void copyToStdout(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OutputError(path, EIO);
    OutputFile out({});
    out.write(file.readAll());
    out.commit();
}

/// Every chosen experiment's data files are there and hold what it asks for, so that a
/// broken second experiment stops the lesson before the first writes anything.
void checkInputs(const QList<const config::LessonExperiment *> &chosen, const QString &file)
{
    for (const config::LessonExperiment *entry : chosen) {
        const QString owner = QStringLiteral("experiment \"%1\"").arg(entry->name);
        if (entry->experiment.kind == config::ExperimentKind::Training)
            checkTrainingData(entry->experiment.training, file, owner);
        if (entry->experiment.kind == config::ExperimentKind::Sweep)
            for (const TrainingSpec &run : entry->experiment.sweep.runs)
                checkTrainingData(run, file, owner);
        if (entry->experiment.kind == config::ExperimentKind::GradientNoise)
            checkTrainingData(entry->experiment.gradient_noise.training, file, owner);
        if (entry->experiment.kind == config::ExperimentKind::Scaling)
            checkTrainingData(entry->experiment.scaling.training, file, owner);
        const SearchSpec &search = entry->experiment.search.spec;
        if (entry->experiment.kind == config::ExperimentKind::Search && search.experiment) {
            // Every trial trains on the same data: the space's middle point names it.
            std::vector<double> middle;
            for (const SearchDimension &dimension : search.space.dimensions)
                middle.push_back(dimension.valueAt(0.5));
            checkTrainingData(search.experiment(middle), file, owner);
        }
    }
}

/// The built-in lessons a teacher's lessons must not share an id with. Checking the
/// shipped lessons folder itself (or a copy) finds each built-in lesson in its own
/// folder, with the same lesson.json: that lesson is not counted against itself.
QList<config::LessonLoad> builtInLessonsBeside(const QString &dir)
{
    QList<config::LessonLoad> others;
    for (const config::LessonLoad &load : config::readLessonsUnder(QStringLiteral(":/lessons"))) {
        const QString name = load.folder.section(QLatin1Char('/'), -1);
        const auto bytes = [](const QString &path) {
            try {
                return config::readWholeFile(path);
            } catch (const config::ConfigError &) {
                return QByteArray(); // its own check names the problem
            }
        };
        const QByteArray own = bytes(load.folder + QStringLiteral("/lesson.json"));
        if (own != bytes(QDir(dir).filePath(name + QStringLiteral("/lesson.json"))))
            others << load;
    }
    return others;
}

} // namespace

int checkLessons(const QString &dir)
{
    // Links resolve against the folder's own glossary, else the one built in.
    const QString own = QDir(dir).filePath(QStringLiteral("glossary.json"));
    const QString glossaryFile = QFile::exists(own) ? own : QStringLiteral(":/lessons/glossary.json");
    config::Glossary glossary;
    int broken = 0;
    try {
        if (QFile::exists(glossaryFile))
            glossary = config::readGlossaryFile(glossaryFile);
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        ++broken;
    }
    const QList<config::LessonLoad> loads = config::readLessonsUnder(dir, &glossary, builtInLessonsBeside(dir));
    for (const config::LessonLoad &load : loads) {
        if (load.lesson)
            continue;
        for (const QString &problem : load.error.split(QLatin1Char('\n')))
            reportError(problem);
        ++broken;
    }
    if (loads.isEmpty()) {
        reportError(QStringLiteral("%1: no lesson folders (expected NN-slug/lesson.json inside)").arg(dir));
        return InvalidInput;
    }
    std::fprintf(stderr, "kobai-run: %lld lesson folders checked, %d broken\n", static_cast<long long>(loads.size()),
                 broken);
    return broken == 0 ? Success : InvalidInput;
}

int runLesson(const LessonRun &run)
{
    const QList<config::LessonLoad> loads = config::readLessonsUnder(run.lessonsDir);
    const config::Lesson *lesson = findLesson(loads, run.id);
    if (!lesson) {
        reportError(QStringLiteral("--lesson: no lesson \"%1\" under %2; %3").arg(run.id, run.lessonsDir, whatIsThere(loads)));
        return InvalidInput;
    }
    QList<const config::LessonExperiment *> chosen;
    QStringList names;
    for (const config::LessonExperiment &experiment : lesson->experiments) {
        names << experiment.name;
        // An on-demand experiment (a long one) runs only when named, as in the app.
        if ((run.experiment.isEmpty() && !experiment.onDemand) || experiment.name == run.experiment)
            chosen << &experiment;
    }
    if (chosen.isEmpty() && run.experiment.isEmpty()) {
        reportError(QStringLiteral("--lesson: every experiment of \"%1\" runs on demand only; name one with "
                                   "--experiment: %2").arg(lesson->id, names.join(u", ")));
        return InvalidInput;
    }
    if (chosen.isEmpty()) {
        reportError(QStringLiteral("--experiment: lesson \"%1\" has no experiment \"%2\"; expected one of: %3")
                        .arg(lesson->id, run.experiment, names.join(u", ")));
        return InvalidInput;
    }
    const QString file = lesson->folder + QStringLiteral("/lesson.json");
    try {
        checkInputs(chosen, file);
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        return InvalidInput;
    }
    if (!run.outDir.isEmpty() && !QDir().mkpath(run.outDir)) {
        reportError(QStringLiteral("--out-dir: %1 cannot be created").arg(run.outDir));
        return Failure;
    }

    const QDir out(run.outDir);
    int result = Success;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        const QString name = chosen[i]->name;
        RunOutputs outputs;
        if (run.outDir.isEmpty()) {
            outputs.discardCsv = i > 0; // only the first experiment has somewhere to go
        } else {
            outputs.csv = out.filePath(name + QStringLiteral(".csv"));
            if (chosen[i]->experiment.kind == config::ExperimentKind::Training)
                outputs.perUpdateCsv = out.filePath(name + QStringLiteral(".updates.csv"));
            if (chosen[i]->experiment.kind == config::ExperimentKind::Trajectory)
                outputs.stateCsv = out.filePath(name + QStringLiteral(".state.csv"));
            outputs.summaryJson = out.filePath(name + QStringLiteral(".summary.json"));
        }
        const int code = runExperiment(chosen[i]->experiment, file, outputs);
        if (code != Success && code != Diverged)
            return code;
        if (code == Diverged)
            result = Diverged;
    }
    try {
        if (!run.outDir.isEmpty())
            copyToStdout(out.filePath(chosen.first()->name + QStringLiteral(".csv")));
    } catch (const OutputError &error) {
        reportError(QString::fromUtf8(error.what()));
        return Failure;
    }
    return result;
}

} // namespace kobai::cli
