#pragma once
// kobai-run for kind "trajectory": the walk as step,x,y,loss,lr CSV, optionally the
// optimizer state per step and a summary.
#include "Experiment.h"
#include "ExperimentCommand.h"

namespace kobai::cli {

/// Returns an ExitCode: 0 finished, 3 diverged (rows up to the divergence written).
int runTrajectoryExperiment(const config::Experiment &experiment, const RunOutputs &outputs);

} // namespace kobai::cli
