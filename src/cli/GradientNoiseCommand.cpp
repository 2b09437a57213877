#include "GradientNoiseCommand.h"

#include "CommandErrors.h"
#include "ConfigError.h"
#include "CsvOutput.h"
#include "ExitCode.h"
#include "Interruption.h"
#include "Messages.h"
#include "RunSummary.h"
#include "TrainingCommand.h"

namespace kobai::cli {

int runGradientNoiseExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs)
{
    const GradientNoiseSpec &spec = experiment.gradient_noise;
    return reportingErrors([&] {
        const std::shared_ptr<const Dataset> data = loadTrainingData(spec.training, file);
        const std::unique_ptr<OutputFile> csv = openCsv(outputs);
        Interruption interruption;
        CsvOutput notes(nullptr, nullptr, nullptr, interruption.flag()); // the training's notes, on stderr
        const GradientNoiseResult result = measureGradientNoise(spec, *data, notes, &interruption.flag());
        if (csv) {
            csv->write("batch_size,repeats,gradient_variance,variance_standard_error,predicted_variance,"
                       "finite_population_factor,mean_gradient_norm,mean_deviation,full_gradient_norm,"
                       "samples_per_second\n");
            for (const GradientNoiseRow &row : result.rows) {
                std::fprintf(csv->stream(), "%ld,%ld,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g\n", row.batch_size,
                             row.repeats, row.gradient_variance, row.variance_standard_error, row.predicted_variance,
                             row.finite_population_factor, row.mean_gradient_norm, row.mean_deviation,
                             result.full_gradient_norm, row.samples_per_second);
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
