#pragma once
// A training experiment as a PyTorch 1.13 script that reproduces Kōbai's run: in one
// process (--as-pytorch), or as K processes of DistributedDataParallel that reproduce a
// data_parallel sync run (--as-pytorch-ddp). Both carry the same data, model, optimizer and
// loop (src/config/pytorch/training_prelude.py); only how each update's gradient is taken
// and the header differ.
#include "train/TrainingSpec.h"

#include <QString>

namespace kobai::config {

/// file names the experiment in the ConfigError thrown when its dataset cannot be built.
QString oneProcessTrainingScript(const TrainingSpec &spec, const QString &file);

/// spec.data_parallel must be mode sync without compression (the caller refuses others).
QString ddpTrainingScript(const TrainingSpec &spec, const QString &file);

} // namespace kobai::config
