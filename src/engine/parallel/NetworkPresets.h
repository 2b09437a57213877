#pragma once
// Named networks for the cost model (issue 17, lesson 12's "network preset" control): one
// table, every figure once, each with where it comes from. The figures are orders of
// magnitude a learner can compare, not a benchmark of any one machine: α is the one-way
// latency of a small message through the usual software stack, β a link's nominal rate in
// one direction.
#include "parallel/DataParallelSpec.h"

#include <optional>
#include <span>
#include <string_view>

namespace kobai {

struct NetworkPreset {
    std::string_view name; ///< the file's word: "1gbe", "10gbe", "infiniband", "nvlink"
    double latency_us = 0.0;
    double bandwidth_gbps = 0.0;
};

/// Every preset, from the slowest link to the fastest (the order a lesson lists them in).
std::span<const NetworkPreset> networkPresets();

/// The preset called name, or none.
std::optional<NetworkPreset> findNetworkPreset(std::string_view name);

} // namespace kobai
