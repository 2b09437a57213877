#include "TrainingCommand.h"

#include "ConfigError.h"
#include "CsvOutput.h"
#include "ExitCode.h"
#include "Experiment.h"
#include "ObjectReader.h"
#include "PyTorchScript.h"
#include "OutputFile.h"
#include "RunSummary.h"
#include "ScheduleCommand.h"
#include "TrajectoryCommand.h"
#include "data/DatasetFactory.h"
#include "data/IdxFile.h"

#include <atomic>
#include <csignal>
#include <cstdio>

namespace kobai::cli {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int) { interrupted.store(true); }

/// The data for an experiment; bad or missing data files are the experiment's fault.
Dataset loadData(const config::Experiment &experiment, const QString &file)
{
    try {
        return makeDataset(experiment.training.dataset, experiment.training.seed);
    } catch (const DataFileError &error) {
        throw config::ConfigError(file, QStringLiteral("dataset"), QStringLiteral("(its files)"),
                                  QStringLiteral("readable IDX files: ") + QString::fromUtf8(error.what()));
    } catch (const std::out_of_range &error) {
        throw config::ConfigError(file, QStringLiteral("dataset"), QStringLiteral("(its sizes)"),
                                  QStringLiteral("sizes the files can supply: ") + QString::fromUtf8(error.what()));
    }
}

/// Rejects an output option the experiment's kind does not write.
void checkOutputsFit(const config::Experiment &experiment, const RunOutputs &outputs, const QString &path)
{
    const QString kind = config::kindName(experiment.kind);
    if (!outputs.perUpdateCsv.isEmpty() && experiment.kind != config::ExperimentKind::Training)
        throw config::ConfigError(path, QStringLiteral("kind"), QLatin1Char('"') + kind + QLatin1Char('"'),
                                  QStringLiteral("training (--per-update writes mini-batch losses)"));
    if (!outputs.stateCsv.isEmpty() && experiment.kind != config::ExperimentKind::Trajectory)
        throw config::ConfigError(path, QStringLiteral("kind"), QLatin1Char('"') + kind + QLatin1Char('"'),
                                  QStringLiteral("trajectory (--state writes the optimizer state per step)"));
}

int exitCodeFor(RunStatus status)
{
    switch (status) {
    case RunStatus::Diverged:
        return Diverged;
    case RunStatus::Cancelled:
        return Cancelled;
    case RunStatus::Finished:
    case RunStatus::EarlyStopped:
        break;
    }
    return Success;
}

int runTrainingExperiment(const config::Experiment &experiment, const QString &path, const RunOutputs &outputs)
{
    Dataset data;
    try {
        data = loadData(experiment, path);
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        return InvalidInput;
    }

    try {
        FileHandle epochs = openOutput(outputs.csv);
        FileHandle updates = outputs.perUpdateCsv.isEmpty() ? FileHandle() : openOutput(outputs.perUpdateCsv);
        CsvOutput csv(epochs.get(), updates.get());
        std::signal(SIGINT, onInterrupt);
        const TrainingResult result = runTraining(experiment.training, data, csv, &interrupted);
        std::signal(SIGINT, SIG_DFL);
        if (result.status == RunStatus::EarlyStopped)
            reportError(QStringLiteral("note: ") + QString::fromStdString(result.message));
        else if (result.status != RunStatus::Finished)
            reportError(QString::fromStdString(result.message));
        if (!outputs.summaryJson.isEmpty())
            writeSummary(outputs.summaryJson, runSummary(experiment, result));
        return exitCodeFor(result.status);
    } catch (const std::runtime_error &error) {
        reportError(QString::fromUtf8(error.what()));
        return Failure;
    }
}

} // namespace

int runExperimentFile(const QString &path, const RunOutputs &outputs)
{
    config::Experiment experiment;
    try {
        experiment = config::readExperimentFile(path);
        checkOutputsFit(experiment, outputs, path);
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        return InvalidInput;
    }
    switch (experiment.kind) {
    case config::ExperimentKind::Trajectory:
        return runTrajectoryExperiment(experiment, outputs);
    case config::ExperimentKind::Schedule:
        return runScheduleExperiment(experiment, outputs);
    case config::ExperimentKind::Training:
        break;
    }
    return runTrainingExperiment(experiment, path, outputs);
}

int printPytorchScript(const QString &path)
{
    try {
        const QByteArray script = config::pytorchScript(config::readExperimentFile(path)).toUtf8();
        std::fwrite(script.constData(), 1, static_cast<std::size_t>(script.size()), stdout);
        return Success;
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        return InvalidInput;
    }
}

} // namespace kobai::cli
