#pragma once
// kobai-run for kind "sweep": one training run per value, one CSV row each with the
// run's final losses (empty when it diverged) and how it ended.
#include "ExperimentCommand.h"

namespace kobai::cli {

/// file names the experiment in messages. Returns an ExitCode: 0 even when some
/// runs diverged (a sweep expects that at its large end; their rows say so).
int runSweepExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs);

} // namespace kobai::cli
