#pragma once
// A training experiment's "data_parallel" object (docs/experiments.md › data_parallel):
// workers, mode, staleness, compression {top_k, error_feedback} and network {preset or
// latency_us and bandwidth_gbps, topology}, read into the engine's DataParallelSpec with located errors.
#include "ObjectReader.h"

#include "train/TrainingSpec.h"

namespace kobai::config {

/// Names in the order of the engine's enums.
const QStringList &dataParallelModeNames();
const QStringList &networkTopologyNames();

/// A "compression" object {top_k, error_feedback}, and its JSON.
CompressionSpec readCompression(ObjectReader reader);
QJsonObject compressionToJson(const CompressionSpec &compression);

/// The NetworkPresets.h names, slowest first.
QStringList networkPresetNames();

/// A "network" object: {"preset", "topology"} or {"latency_us", "bandwidth_gbps",
/// "topology"}; a preset with either number is refused, an unknown one lists the known.
NetworkSpec readNetwork(ObjectReader reader);
/// Its JSON as the file wrote it: the preset's name, or the two numbers.
QJsonObject networkToJson(const NetworkSpec &network);

/// Reads "data_parallel" into spec (absent or null: none), whose dataset and batch_size
/// are already read: K per-worker batches must fit in the training set.
void readDataParallel(ObjectReader &root, TrainingSpec &spec);

/// Writes it into a training experiment's JSON when the spec has one, so that it reads back.
void writeDataParallel(QJsonObject &out, const TrainingSpec &spec);

} // namespace kobai::config
