#pragma once
// kobai-run for kind "training": the learning curve as CSV while the run goes on,
// optionally every mini-batch loss and a summary.
#include "ExperimentCommand.h"
#include "data/Dataset.h"
#include "train/TrainingRun.h"

#include <memory>

namespace kobai::cli {

/// The data of a training run, shared with the runs before it that used the same data
/// (DatasetCache: a sweep builds it once); missing or damaged data files are the
/// experiment's fault, so they throw a ConfigError naming its dataset.
std::shared_ptr<const Dataset> loadTrainingData(const TrainingSpec &spec, const QString &file);

/// What loadTrainingData checks, without loading (for a lesson, before its first run);
/// owner names the experiment in the message.
void checkTrainingData(const TrainingSpec &spec, const QString &file, const QString &owner);

/// Says on stderr how a run ended, unless it finished (an early stop as a note), and
/// returns its exit code (ExitCode.h).
int reportEnd(RunStatus status, const std::string &message);

/// Loads the data and trains; file names the experiment in messages. Returns an ExitCode.
int runTrainingExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs);

} // namespace kobai::cli
