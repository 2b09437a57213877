#pragma once
// kobai-run for kind "schedule": the rate in effect during each epoch as epoch,lr CSV.
#include "Experiment.h"
#include "ExperimentCommand.h"

namespace kobai::cli {

/// Returns an ExitCode.
int runScheduleExperiment(const config::Experiment &experiment, const RunOutputs &outputs);

} // namespace kobai::cli
