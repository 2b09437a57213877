#include "ScheduleCommand.h"

#include "ExitCode.h"
#include "Messages.h"
#include "OutputFile.h"
#include "RunSummary.h"

#include <algorithm>
#include <cmath>

namespace kobai::cli {

int runScheduleExperiment(const config::Experiment &experiment, const RunOutputs &outputs)
{
    try {
        const std::unique_ptr<OutputFile> csv = openCsv(outputs);
        std::vector<double> rates = scheduleRates(experiment.schedule);
        // A rate that overflows (ExponentialLR with gamma 1e300) ends the table: no CSV
        // carries inf, and the run counts as diverged.
        const auto firstBad = std::find_if(rates.begin(), rates.end(), [](double r) { return !std::isfinite(r); });
        const bool diverged = firstBad != rates.end();
        const auto badEpoch = firstBad - rates.begin();
        rates.erase(firstBad, rates.end());
        if (csv) {
            csv->write("epoch,lr\n");
            for (std::size_t e = 0; e < rates.size(); ++e) {
                std::fprintf(csv->stream(), "%zu,%.17g\n", e, rates[e]);
                csv->check();
            }
            csv->commit();
        }
        if (diverged)
            reportError(QStringLiteral("diverged at epoch %1 (the learning rate is not finite)").arg(badEpoch));
        if (!outputs.summaryJson.isEmpty())
            writeSummary(outputs.summaryJson, runSummary(experiment, rates, diverged ? RunStatus::Diverged
                                                                                       : RunStatus::Finished));
        return diverged ? Diverged : Success;
    } catch (const OutputError &error) {
        reportError(QString::fromUtf8(error.what()));
        return Failure;
    }
}

} // namespace kobai::cli
