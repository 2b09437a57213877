#include "ScalingCommand.h"

#include "CommandErrors.h"
#include "ConfigError.h"
#include "ExitCode.h"
#include "Interruption.h"
#include "Messages.h"
#include "RunSummary.h"
#include "TrainingCommand.h"

namespace kobai::cli {

int runScalingExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs)
{
    const ScalingSpec &spec = experiment.scaling;
    return reportingErrors([&] {
        const std::shared_ptr<const Dataset> data = loadTrainingData(spec.training, file);
        const std::unique_ptr<OutputFile> csv = openCsv(outputs);
        Interruption interruption;
        const ScalingResult result = runScaling(spec, *data, &interruption.flag());
        if (csv) {
            csv->write("workers,compute_seconds,communication_seconds,update_seconds,samples_per_second,speedup,"
                       "efficiency\n");
            for (const ScalingRow &row : result.rows) {
                std::fprintf(csv->stream(), "%d,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g\n", row.workers,
                             row.compute_seconds, row.communication_seconds, row.update_seconds,
                             row.samples_per_second, row.speedup, row.efficiency);
                csv->check();
            }
            csv->commit();
        }
        const int code = reportEnd(result.status, result.message);
        if (!outputs.summaryJson.isEmpty())
            writeSummary(outputs.summaryJson, runSummary(experiment, result));
        return code;
    });
}

} // namespace kobai::cli
