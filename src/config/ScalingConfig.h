#pragma once
// The keys of a "scaling" experiment (docs/experiments.md › scaling), read after its
// training keys: "workers", "network", "compute_seconds" and "compression", with located
// errors.
#include "ObjectReader.h"

#include "parallel/ScalingCurve.h"

namespace kobai::config {

/// training: the experiment's training keys, read (dataset, model, dtype, per-worker batch_size).
ScalingSpec readScaling(ObjectReader &root, TrainingSpec training);

/// The training experiment's JSON with the scaling keys added.
QJsonObject scalingToJson(const ScalingSpec &spec, QJsonObject training);

} // namespace kobai::config
