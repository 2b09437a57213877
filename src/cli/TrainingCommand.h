#pragma once
#include "Experiment.h"

#include <QString>

namespace kobai::cli {

struct TrainingOutputs {
    QString epochCsv;     ///< empty: stdout
    QString perUpdateCsv; ///< empty: none
    QString summaryJson;  ///< empty: none
    bool discardEpochs = false; ///< write no epoch rows at all (epochCsv is then ignored)
};

/// Runs one experiment file; returns an ExitCode. Messages go to stderr.
int runExperimentFile(const QString &path, const TrainingOutputs &outputs);

/// Runs an experiment read from `file` (named in messages); returns an ExitCode.
int runExperiment(const config::Experiment &experiment, const QString &file, const TrainingOutputs &outputs);

/// Prints the experiment as a PyTorch 1.13 script on stdout; returns an ExitCode.
int printPytorchScript(const QString &path);

} // namespace kobai::cli
