#pragma once
// A training experiment's "layer_stats": {"epochs": [0, 5, 10]} — the epochs whose rows
// carry each hidden layer's statistics (no epochs: every epoch).
#include "ObjectReader.h"

#include "train/TrainingSpec.h"

#include <optional>

namespace kobai::config {

/// The root's "layer_stats" key, its epochs within 0 … epochs; none when absent.
std::optional<LayerStatsSpec> readLayerStats(ObjectReader &root, int epochs);

QJsonObject layerStatsToJson(const LayerStatsSpec &spec);

} // namespace kobai::config
