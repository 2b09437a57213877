#include "ScheduleCommand.h"

#include "ExitCode.h"
#include "Messages.h"
#include "OutputFile.h"
#include "RunSummary.h"

#include <stdexcept>

namespace kobai::cli {

int runScheduleExperiment(const config::Experiment &experiment, const RunOutputs &outputs)
{
    try {
        FileHandle csv = openCsv(outputs);
        const std::vector<double> rates = scheduleRates(experiment.schedule);
        if (csv) {
            std::fputs("epoch,lr\n", csv.get());
            for (std::size_t e = 0; e < rates.size(); ++e)
                std::fprintf(csv.get(), "%zu,%.17g\n", e, rates[e]);
        }
        if (!outputs.summaryJson.isEmpty())
            writeSummary(outputs.summaryJson, runSummary(experiment, rates));
        return Success;
    } catch (const std::runtime_error &error) {
        reportError(QString::fromUtf8(error.what()));
        return Failure;
    }
}

} // namespace kobai::cli
