#pragma once
// An mlp's "batch_norm": true, false or {"eps": …, "momentum": …} (each optional; the
// defaults are BatchNormSpec's).
#include "ObjectReader.h"

#include "model/ModelSpec.h"

#include <optional>

namespace kobai::config {

/// The model object's "batch_norm" key; none when it is absent or false.
std::optional<BatchNormSpec> readBatchNorm(ObjectReader &model);

QJsonObject batchNormToJson(const BatchNormSpec &spec);

} // namespace kobai::config
