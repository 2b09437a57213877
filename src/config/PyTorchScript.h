#pragma once
// An experiment as a runnable PyTorch 1.13 script: the learner's bridge from Kōbai to
// the exam's framework questions and to real work.
#include "Experiment.h"

#include <QString>

namespace kobai::config {

QString pytorchScript(const Experiment &experiment);

} // namespace kobai::config
