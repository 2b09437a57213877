#pragma once
// kobai-run for kind "search": one CSV row per trial in trial order, written and flushed
// as each batch of trials ends (when cancelled: the trials that finished), and a summary
// with the best trial and its test score.
#include "ExperimentCommand.h"

namespace kobai::cli {

/// file names the experiment in messages. Returns an ExitCode: 0 even when some trials
/// diverged (a diverged trial is a result; its row says so).
int runSearchExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs);

} // namespace kobai::cli
