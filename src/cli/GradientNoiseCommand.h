#pragma once
// kobai-run for kind "gradient_noise": one CSV row per batch size, written when the
// measurement ends (docs/experiments.md), and optionally a summary.
#include "ExperimentCommand.h"

namespace kobai::cli {

/// Loads the data, trains the experiment's epochs and measures; file names the experiment
/// in messages. Returns an ExitCode.
int runGradientNoiseExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs);

} // namespace kobai::cli
