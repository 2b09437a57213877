#pragma once
// kobai-run for kind "contours": the contour map as level,x0,y0,x1,y1 CSV, one row per
// segment, optionally a summary with the levels, the range of f and the minima in view.
#include "Experiment.h"
#include "ExperimentCommand.h"

namespace kobai::cli {

/// Returns an ExitCode.
int runContourExperiment(const config::Experiment &experiment, const RunOutputs &outputs);

} // namespace kobai::cli
