#include "SearchCommand.h"

#include "CommandErrors.h"
#include "ConfigError.h"
#include "CsvCells.h"
#include "ExitCode.h"
#include "Interruption.h"
#include "Messages.h"
#include "OutputFile.h"
#include "RunSummary.h"
#include "TrainingCommand.h"

#include "search/ProposerFactory.h"
#include "search/SearchRun.h"

#include <QJsonArray>

#include <cmath>
#include <limits>
#include <optional>

namespace kobai::cli {

namespace {

QByteArray header(const SearchSpec &spec)
{
    QByteArray line = "trial,strategy";
    for (const SearchDimension &dimension : spec.space.dimensions)
        line += ',' + QByteArray::fromStdString(dimension.key);
    return line + ",val_loss,val_acc,best_epoch,epochs_run,seconds,status,best_so_far\n";
}

/// Writes each trial's row as its batch ends, in trial order, and flushes it. best_so_far
/// is the best objective of the rows so far, in the CSV's terms (val_loss, or val_acc when
/// that is the objective); empty while only diverged trials have run.
class CsvRows final : public SearchObserver {
public:
    CsvRows(OutputFile &csv, const SearchSpec &spec) : csv_(csv), spec_(spec) { csv_.write(header(spec)); }

    void onTrialRecorded(const TrialRecord &trial) override
    {
        std::FILE *out = csv_.stream();
        std::fprintf(out, "%d,%s", trial.trial, searchStrategyName(spec_.strategy));
        for (double value : trial.values)
            std::fprintf(out, ",%.17g", value);
        writeOptionalCell(out, trial.val_loss);
        writeOptionalCell(out, trial.val_acc);
        if (trial.status != TrialStatus::Diverged)
            best_ = std::min(best_, trial.objective);
        std::fprintf(out, ",%d,%d,%.6f,%s", trial.best_epoch, trial.epochs_run, trial.seconds,
                     trialStatusName(trial.status));
        const bool accuracy = spec_.objective == SearchObjective::ValAcc;
        writeOptionalCell(out, std::isfinite(best_) ? std::optional(accuracy ? -best_ : best_) : std::nullopt);
        std::fputc('\n', out);
        csv_.flush();
    }

private:
    OutputFile &csv_;
    const SearchSpec &spec_;
    double best_ = std::numeric_limits<double>::infinity();
};

QJsonObject valuesOf(const SearchSpec &spec, const TrialRecord &trial)
{
    QJsonObject values;
    for (std::size_t k = 0; k < trial.values.size(); ++k)
        values.insert(QString::fromStdString(spec.space.dimensions[k].key), trial.values[k]);
    return values;
}

} // namespace

int runSearchExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs)
{
    const SearchSpec &spec = experiment.search.spec;
    return reportingErrors([&] {
        const std::unique_ptr<Proposer> proposer = makeProposer(spec);
        // Signals are caught before any output exists, so none is left half made.
        Interruption interruption;
        const std::unique_ptr<OutputFile> csv = openCsv(outputs);
        std::optional<CsvRows> rows;
        if (csv)
            rows.emplace(*csv, spec);
        SearchObserver none;
        const SearchResult result = runSearch(spec, *proposer, rows ? static_cast<SearchObserver &>(*rows) : none,
                                              &interruption.flag(), [&file](const TrainingSpec &training) {
                                                  return loadTrainingData(training, file);
                                              });
        for (const TrialRecord &trial : result.trials)
            if (trial.status == TrialStatus::Diverged)
                reportError(QStringLiteral("note: trial %1: %2").arg(trial.trial).arg(QString::fromStdString(trial.message)));
        if (csv)
            csv->commit();
        const bool cancelled = result.status == RunStatus::Cancelled;
        if (cancelled)
            reportError(QStringLiteral("cancelled"));
        if (!outputs.summaryJson.isEmpty()) {
            QJsonObject summary{{"status", QString::fromLatin1(runStatusName(result.status))},
                                {"trials", static_cast<int>(result.trials.size())},
                                {"config", config::toJson(experiment)},
                                {"program", "kobai-run"}};
            if (result.best) {
                const TrialRecord &best = result.trials[*result.best];
                summary.insert("best", QJsonObject{{"trial", best.trial},
                                                   {"values", valuesOf(spec, best)},
                                                   {"status", QString::fromLatin1(trialStatusName(best.status))},
                                                   {"val_loss", optionalValue(best.val_loss)},
                                                   {"val_acc", optionalValue(best.val_acc)},
                                                   {"best_epoch", best.best_epoch},
                                                   {"test_loss", optionalValue(result.test_loss)},
                                                   {"test_acc", optionalValue(result.test_acc)}});
            }
            writeSummary(outputs.summaryJson, summary);
        }
        return cancelled ? Interruption::exitCode() : Success;
    });
}

} // namespace kobai::cli
