#pragma once
// An experiment as a runnable PyTorch 1.13 script: the learner's bridge from Kōbai to
// the exam's framework questions and to real work.
#include "Experiment.h"

#include <QString>

namespace kobai::config {

/// One process (--as-pytorch). file names the experiment in the ConfigError thrown for a
/// kind PyTorch has no counterpart of (contours: a picture of the function, nothing to
/// train) and for a data_parallel run.
QString pytorchScript(const Experiment &experiment, const QString &file);

/// K processes of DistributedDataParallel (--as-pytorch-ddp) for a training run (or a
/// sweep's first) with data_parallel mode sync; ConfigError for anything else.
QString pytorchDdpScript(const Experiment &experiment, const QString &file);

/// What "Show as PyTorch code" shows: the DDP script for a data_parallel run, the
/// one-process script for any other.
QString shownPytorchScript(const Experiment &experiment, const QString &file);

} // namespace kobai::config
