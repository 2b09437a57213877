#pragma once
// kobai-run on one experiment: read it, then run it by its kind (training, trajectory,
// schedule, contours, gradient_noise) or print it as a PyTorch script.
#include "Experiment.h"
#include "OutputFile.h"

#include <QString>

#include <memory>

namespace kobai::cli {

/// Where a run's results go; which of them apply depends on the experiment's kind.
struct RunOutputs {
    QString csv;          ///< the epoch, trajectory, schedule or contour CSV; empty: stdout
    QString perUpdateCsv; ///< training: update,epoch,batch_loss rows; empty: none
    QString layerStatsCsv; ///< training: per-layer statistics rows (CsvOutput.h); empty: none
    QString stateCsv;     ///< trajectory: step,name,index,value rows of the optimizer state; empty: none
    QString summaryJson;  ///< empty: none
    bool discardCsv = false; ///< write no CSV rows at all (csv is then ignored)
};

/// The main CSV of a run: null when discarded, stdout when no path is given. Throws OutputError.
std::unique_ptr<OutputFile> openCsv(const RunOutputs &outputs);
/// An optional output: null when path is empty. Throws OutputError.
std::unique_ptr<OutputFile> openOptional(const QString &path);

/// Runs one experiment file of any kind; returns an ExitCode. An output option the
/// kind does not write (--per-update for a trajectory) is invalid input. Messages go to stderr.
int runExperimentFile(const QString &path, const RunOutputs &outputs);

/// Runs an experiment read from `file` (named in messages) by its kind, writing the
/// outputs that kind has; returns an ExitCode.
int runExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs);

/// Which script --as-pytorch (one process) or --as-pytorch-ddp (DistributedDataParallel) prints.
enum class PytorchProcesses { One, Ddp };

/// Prints the experiment as a PyTorch 1.13 script on stdout; returns an ExitCode.
int printPytorchScript(const QString &path, PytorchProcesses processes);

} // namespace kobai::cli
