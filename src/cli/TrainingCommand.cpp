#include "TrainingCommand.h"

#include "ConfigError.h"
#include "CsvOutput.h"
#include "ExitCode.h"
#include "Messages.h"
#include "RunSummary.h"
#include "data/DatasetFactory.h"
#include "data/IdxFile.h"

#include <atomic>
#include <csignal>

namespace kobai::cli {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int) { interrupted.store(true); }

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

} // namespace

Dataset loadTrainingData(const TrainingSpec &spec, const QString &file)
{
    try {
        return makeDataset(spec.dataset, spec.seed);
    } catch (const DataFileError &error) {
        throw config::ConfigError(file, QStringLiteral("dataset"), QStringLiteral("(its files)"),
                                  QStringLiteral("readable IDX files: ") + QString::fromUtf8(error.what()));
    } catch (const std::out_of_range &error) {
        throw config::ConfigError(file, QStringLiteral("dataset"), QStringLiteral("(its sizes)"),
                                  QStringLiteral("sizes the files can supply: ") + QString::fromUtf8(error.what()));
    }
}

int runTrainingExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs)
{
    Dataset data;
    try {
        data = loadTrainingData(experiment.training, file);
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        return InvalidInput;
    }

    try {
        FileHandle epochs = openCsv(outputs);
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

} // namespace kobai::cli
