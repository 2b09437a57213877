#pragma once
#include "data/Dataset.h"
#include "data/DatasetSpec.h"

#include <cstdint>

namespace kobai {

/// Generates or loads the dataset a spec names, deterministically from seed.
Dataset makeDataset(const DatasetSpec &spec, std::uint64_t seed);

} // namespace kobai
