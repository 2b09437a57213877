#pragma once
// An experiment as a runnable PyTorch 1.13 script: the learner's bridge from Kōbai to
// the exam's framework questions and to real work.
#include "Experiment.h"

#include <QString>

namespace kobai::config {

/// file names the experiment in the ConfigError thrown for a kind PyTorch has no
/// counterpart of (contours: a picture of the function, nothing to train).
QString pytorchScript(const Experiment &experiment, const QString &file);

} // namespace kobai::config
