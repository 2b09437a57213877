#pragma once
// Generators of the synthetic datasets. Each draws from the DataGeneration stream
// of the experiment's seed, then splits with the DataSplit stream.
#include "data/Dataset.h"
#include "data/DatasetSpec.h"

#include <cstdint>

namespace kobai {

Dataset generateLinear(const LinearDataOptions &options, std::uint64_t seed);
Dataset generateSine(const SineDataOptions &options, std::uint64_t seed);
Dataset generateMoons(const MoonsDataOptions &options, std::uint64_t seed);
Dataset generateSpirals(const SpiralsDataOptions &options, std::uint64_t seed);
Dataset generateBlobs(const BlobsDataOptions &options, std::uint64_t seed);

} // namespace kobai
