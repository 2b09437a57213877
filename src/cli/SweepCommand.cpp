#include "SweepCommand.h"

#include "ConfigError.h"
#include "ExitCode.h"
#include "Messages.h"
#include "OutputFile.h"
#include "TrainingCommand.h"

#include <QJsonArray>

#include <stdexcept>

namespace kobai::cli {

namespace {

/// Keeps only the last epoch row of a run.
class LastEpoch final : public TrainingObserver {
public:
    void onEpoch(const EpochRecord &row) override { last = row; }
    EpochRecord last;
};

void writeOptional(std::FILE *csv, const std::optional<double> &value)
{
    std::fputc(',', csv);
    if (value)
        std::fprintf(csv, "%.17g", *value);
}

} // namespace

int runSweepExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs)
{
    const config::SweepSpec &sweep = experiment.sweep;
    try {
        FileHandle csv = openCsv(outputs);
        if (csv)
            std::fputs("value,train_loss,val_loss,train_acc,val_acc,status,stop_epoch\n", csv.get());
        QJsonArray runs;
        for (std::size_t i = 0; i < sweep.runs.size(); ++i) {
            const Dataset data = loadTrainingData(sweep.runs[i], file);
            LastEpoch observer;
            const TrainingResult result = runTraining(sweep.runs[i], data, observer);
            const bool diverged = result.status == RunStatus::Diverged;
            if (diverged)
                reportError(QStringLiteral("note: %1 = %2: %3")
                                .arg(sweep.field)
                                .arg(sweep.values[i])
                                .arg(QString::fromStdString(result.message)));
            if (csv) {
                std::fprintf(csv.get(), "%.17g", sweep.values[i]);
                // A diverged run has no final loss to plot: its losses stay empty.
                writeOptional(csv.get(), diverged ? std::nullopt : std::optional(observer.last.train_loss));
                writeOptional(csv.get(), diverged ? std::nullopt : std::optional(observer.last.val_loss));
                writeOptional(csv.get(), diverged ? std::nullopt : observer.last.train_acc);
                writeOptional(csv.get(), diverged ? std::nullopt : observer.last.val_acc);
                std::fprintf(csv.get(), ",%s,%d\n", runStatusName(result.status), result.stop_epoch);
                std::fflush(csv.get());
            }
            runs.append(QJsonObject{{"value", sweep.values[i]},
                                    {"status", QString::fromLatin1(runStatusName(result.status))},
                                    {"stop_epoch", result.stop_epoch}});
        }
        if (!outputs.summaryJson.isEmpty())
            writeSummary(outputs.summaryJson, QJsonObject{{"status", "finished"},
                                                          {"runs", runs},
                                                          {"config", config::toJson(experiment)},
                                                          {"program", "kobai-run"}});
        return Success;
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        return InvalidInput;
    } catch (const std::runtime_error &error) {
        reportError(QString::fromUtf8(error.what()));
        return Failure;
    }
}

} // namespace kobai::cli
