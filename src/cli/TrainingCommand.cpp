#include "TrainingCommand.h"

#include "CommandErrors.h"
#include "ConfigError.h"
#include "CsvOutput.h"
#include "ExitCode.h"
#include "Interruption.h"
#include "Messages.h"
#include "RunSummary.h"
#include "data/DatasetCache.h"
#include "data/FashionMnist.h"
#include "data/IdxFile.h"

#include <QJsonArray>

namespace kobai::cli {

namespace {

int exitCodeFor(RunStatus status)
{
    switch (status) {
    case RunStatus::Diverged:
        return Diverged;
    case RunStatus::Cancelled:
        return Interruption::exitCode();
    case RunStatus::Finished:
    case RunStatus::EarlyStopped:
        break;
    }
    return Success;
}

/// Runs read, turning the data layer's errors into the experiment's: a missing or damaged
/// data file is named with the experiment's field "dataset".
template <typename Read>
auto asExperimentError(const QString &file, const QString &owner, Read read)
{
    try {
        return read();
    } catch (const DataFileError &error) {
        throw config::ConfigError(file, QStringLiteral("dataset"), QStringLiteral("(its files)"),
                                  QStringLiteral("readable IDX files: ") + QString::fromUtf8(error.what()), owner);
    } catch (const std::out_of_range &error) {
        throw config::ConfigError(file, QStringLiteral("dataset"), QStringLiteral("(its sizes)"),
                                  QStringLiteral("sizes the files can supply: ") + QString::fromUtf8(error.what()),
                                  owner);
    }
}

} // namespace

int reportEnd(RunStatus status, const std::string &message)
{
    if (status == RunStatus::EarlyStopped)
        reportError(QStringLiteral("note: ") + QString::fromStdString(message));
    else if (status != RunStatus::Finished)
        reportError(QString::fromStdString(message));
    return exitCodeFor(status);
}

std::shared_ptr<const Dataset> loadTrainingData(const TrainingSpec &spec, const QString &file)
{
    return asExperimentError(file, {}, [&] { return DatasetCache::processWide().get(spec.dataset, spec.seed); });
}

void checkTrainingData(const TrainingSpec &spec, const QString &file, const QString &owner)
{
    if (const auto *fashion = std::get_if<FashionMnistOptions>(&spec.dataset))
        asExperimentError(file, owner, [&] { checkFashionMnist(*fashion); });
}

int runTrainingExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs)
{
    return reportingErrors([&] {
        const std::shared_ptr<const Dataset> data = loadTrainingData(experiment.training, file);
        const std::unique_ptr<OutputFile> epochs = openCsv(outputs);
        const std::unique_ptr<OutputFile> updates = openOptional(outputs.perUpdateCsv);
        const std::unique_ptr<OutputFile> layers = openOptional(outputs.layerStatsCsv);
        Interruption interruption;
        CsvOutput csv(epochs.get(), updates.get(), layers.get(), interruption.flag(),
                      experiment.training.data_parallel.has_value());
        TrainingSpec spec = experiment.training;
        if (layers && !spec.layer_stats)
            spec.layer_stats = LayerStatsSpec{}; // every epoch
        const TrainingResult result = runTraining(spec, *data, csv, &interruption.flag());
        csv.throwFailure(); // a failed write, not a signal, stopped the run
        if (epochs)
            epochs->commit();
        if (updates)
            updates->commit();
        if (layers)
            layers->commit();
        const int code = reportEnd(result.status, result.message);
        if (!outputs.summaryJson.isEmpty()) {
            QJsonObject summary = runSummary(experiment, result);
            const std::optional<DataParallelSpec> &parallel = experiment.training.data_parallel;
            if (parallel) {
                QJsonArray counts;
                for (const long long count : csv.stalenessCounts())
                    counts.append(static_cast<double>(count));
                summary.insert("staleness_counts", counts);
            }
            writeSummary(outputs.summaryJson, summary);
        }
        return code;
    });
}

} // namespace kobai::cli
