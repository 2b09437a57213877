#pragma once
// A training experiment's "data_parallel" object (docs/experiments.md › data_parallel):
// workers, mode, staleness, compression {top_k, error_feedback} and network {latency_us,
// bandwidth_gbps, topology}, read into the engine's DataParallelSpec with located errors.
#include "ObjectReader.h"

#include "train/TrainingSpec.h"

namespace kobai::config {

/// Names in the order of the engine's enums.
const QStringList &dataParallelModeNames();
const QStringList &networkTopologyNames();

/// Reads "data_parallel" into spec (absent or null: none), whose dataset and batch_size
/// are already read: K per-worker batches must fit in the training set.
void readDataParallel(ObjectReader &root, TrainingSpec &spec);

/// Writes it into a training experiment's JSON when the spec has one, so that it reads back.
void writeDataParallel(QJsonObject &out, const TrainingSpec &spec);

} // namespace kobai::config
