#pragma once
// The "sweep" kind of experiment file: which field, which values, which experiment.
#include "ObjectReader.h"
#include "SweepSpec.h"

namespace kobai::config {

/// Reads field, values or range, and experiment; every value is checked against
/// the experiment, and a value it refuses is named.
SweepSpec readSweep(ObjectReader &root);

QJsonObject sweepToJson(const SweepSpec &sweep);

} // namespace kobai::config
