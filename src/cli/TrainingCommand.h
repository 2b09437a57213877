#pragma once
#include <QString>

namespace kobai::cli {

/// Where a run's results go; which of them apply depends on the experiment's kind.
struct RunOutputs {
    QString csv;          ///< the epoch, trajectory or schedule CSV; empty: stdout
    QString perUpdateCsv; ///< training: update,epoch,batch_loss rows; empty: none
    QString stateCsv;     ///< trajectory: step,name,index,value rows of the optimizer state; empty: none
    QString summaryJson;  ///< empty: none
};

/// Runs one experiment file of any kind; returns an ExitCode. Messages go to stderr.
int runExperimentFile(const QString &path, const RunOutputs &outputs);

/// Prints the experiment as a PyTorch 1.13 script on stdout; returns an ExitCode.
int printPytorchScript(const QString &path);

} // namespace kobai::cli
