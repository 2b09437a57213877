#pragma once
// The last few contour maps, so that the app redraws a function and view it has shown
// before without tracing it again (a learner flips between optimizers on one surface).
// Keyed by the whole ContourSpec: the function with its arguments, the range, the levels
// and the grid, compared exactly. Least recently used eviction over a short list: with
// ~16 entries a linear search is cheaper than any hashing of doubles.
// Thread-safe; a miss computes under the lock, so two callers asking for the same map
// compute it once.
#include "landscape/ContourMap.h"

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <utility>

namespace kobai {

class ContourCache {
public:
    static constexpr std::size_t defaultCapacity = 16;

    /// capacity ≥ 1 maps kept.
    explicit ContourCache(std::size_t capacity = defaultCapacity);

    /// The map for spec: the kept one, or computed now, evicting the least recently used.
    std::shared_ptr<const ContourMap> get(const ContourSpec &spec);
    std::size_t size() const;

private:
    using Entry = std::pair<ContourSpec, std::shared_ptr<const ContourMap>>;

    std::size_t capacity_;
    std::list<Entry> entries_; ///< most recently used first
    mutable std::mutex mutex_;
};

} // namespace kobai
