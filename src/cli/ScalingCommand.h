#pragma once
// kobai-run for kind "scaling": one CSV row per worker count, written when the curve is
// done (docs/experiments.md › scaling), and optionally a summary.
#include "ExperimentCommand.h"

namespace kobai::cli {

/// Loads the data (P, and t_c when measured), then writes the curve; file names the
/// experiment in messages. Returns an ExitCode.
int runScalingExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs);

} // namespace kobai::cli
