#include "TrainingCommand.h"

#include "ConfigError.h"
#include "CsvOutput.h"
#include "ExitCode.h"
#include "Messages.h"
#include "Experiment.h"
#include "ObjectReader.h"
#include "PyTorchScript.h"
#include "RunSummary.h"
#include "data/DatasetFactory.h"
#include "data/IdxFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>

namespace kobai::cli {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int) { interrupted.store(true); }

struct FileCloser {
    void operator()(std::FILE *file) const
    {
        if (file && file != stdout)
            std::fclose(file);
    }
};
using FileHandle = std::unique_ptr<std::FILE, FileCloser>;

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

FileHandle openOutput(const QString &path)
{
    if (path.isEmpty())
        return FileHandle(stdout);
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "w");
    if (!file)
        throw std::runtime_error(path.toStdString() + ": cannot be written");
    return FileHandle(file);
}

void writeSummary(const QString &path, const QJsonObject &summary)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(summary).toJson()) < 0 || !file.commit())
        throw std::runtime_error(path.toStdString() + ": cannot be written: " + file.errorString().toStdString());
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

} // namespace

int runExperimentFile(const QString &path, const TrainingOutputs &outputs)
{
    config::Experiment experiment;
    try {
        experiment = config::readExperimentFile(path);
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        return InvalidInput;
    }
    return runExperiment(experiment, path, outputs);
}

int runExperiment(const config::Experiment &experiment, const QString &file, const TrainingOutputs &outputs)
{
    Dataset data;
    try {
        data = loadData(experiment, file);
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        return InvalidInput;
    }

    try {
        FileHandle epochs = outputs.discardEpochs ? FileHandle() : openOutput(outputs.epochCsv);
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

namespace kobai::cli {

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
