#pragma once
// kobai-run for kind "training": the learning curve as CSV while the run goes on,
// optionally every mini-batch loss and a summary.
#include "ExperimentCommand.h"

namespace kobai::cli {

/// Loads the data and trains; file names the experiment in messages. Returns an ExitCode.
int runTrainingExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs);

} // namespace kobai::cli
