#include "SweepCommand.h"

#include "CommandErrors.h"
#include "ConfigError.h"
#include "CsvCells.h"
#include "ExitCode.h"
#include "Interruption.h"
#include "Messages.h"
#include "OutputFile.h"
#include "RunSummary.h"
#include "TrainingCommand.h"

#include <QJsonArray>

namespace kobai::cli {

namespace {

/// Keeps only the last epoch row of a run.
class LastEpoch final : public TrainingObserver {
public:
    void onEpoch(const EpochRecord &row) override { last = row; }
    EpochRecord last;
};

} // namespace

int runSweepExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs)
{
    const config::SweepSpec &sweep = experiment.sweep;
    return reportingErrors([&] {
        const std::unique_ptr<OutputFile> csv = openCsv(outputs);
        if (csv)
            csv->write("value,train_loss,val_loss,train_acc,val_acc,status,stop_epoch\n");
        Interruption interruption;
        QJsonArray runs;
        bool cancelled = false;
        for (std::size_t i = 0; i < sweep.runs.size() && !cancelled; ++i) {
            const std::shared_ptr<const Dataset> data = loadTrainingData(sweep.runs[i], file);
            LastEpoch observer;
            const TrainingResult result = runTraining(sweep.runs[i], *data, observer, &interruption.flag());
            const bool diverged = result.status == RunStatus::Diverged;
            cancelled = result.status == RunStatus::Cancelled;
            if (diverged)
                reportError(QStringLiteral("note: %1 = %2: %3")
                                .arg(sweep.field)
                                .arg(sweep.values[i])
                                .arg(QString::fromStdString(result.message)));
            if (csv) {
                std::FILE *out = csv->stream();
                std::fprintf(out, "%.17g", sweep.values[i]);
                // A diverged or cancelled run has no final loss to plot: its losses stay empty.
                const bool ended = !diverged && !cancelled;
                writeOptionalCell(out, ended ? std::optional(observer.last.train_loss) : std::nullopt);
                writeOptionalCell(out, ended ? std::optional(observer.last.val_loss) : std::nullopt);
                writeOptionalCell(out, ended ? observer.last.train_acc : std::nullopt);
                writeOptionalCell(out, ended ? observer.last.val_acc : std::nullopt);
                std::fprintf(out, ",%s,%d\n", runStatusName(result.status), result.stop_epoch);
                csv->flush();
            }
            runs.append(QJsonObject{{"value", sweep.values[i]},
                                    {"status", QString::fromLatin1(runStatusName(result.status))},
                                    {"stop_epoch", result.stop_epoch}});
        }
        if (csv)
            csv->commit();
        if (cancelled)
            reportError(QStringLiteral("cancelled"));
        const RunStatus status = cancelled ? RunStatus::Cancelled : RunStatus::Finished;
        if (!outputs.summaryJson.isEmpty())
            writeSummary(outputs.summaryJson, QJsonObject{{"status", QString::fromLatin1(runStatusName(status))},
                                                          {"runs", runs},
                                                          {"config", config::toJson(experiment)},
                                                          {"program", "kobai-run"}});
        return cancelled ? Interruption::exitCode() : Success;
    });
}

} // namespace kobai::cli
