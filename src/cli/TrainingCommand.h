#pragma once
#include <QString>

namespace kobai::cli {

struct TrainingOutputs {
    QString epochCsv;     ///< empty: stdout
    QString perUpdateCsv; ///< empty: none
    QString summaryJson;  ///< empty: none
};

/// Runs one experiment file; returns an ExitCode. Messages go to stderr.
int runExperimentFile(const QString &path, const TrainingOutputs &outputs);

/// Prints the experiment as a PyTorch 1.13 script on stdout; returns an ExitCode.
int printPytorchScript(const QString &path);

} // namespace kobai::cli
