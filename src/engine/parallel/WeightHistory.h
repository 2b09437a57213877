#pragma once
// The weights of the last τ + 1 versions (a ring), for the deterministic simulation of
// stale gradients (mode "stale"): the gradient of update t is computed on the weights
// after update max(0, t − τ), as if it had been read τ updates before it was applied
// (the staleness of asynchronous SGD, made reproducible). τ = 0 is synchronous SGD.
#include "core/EigenTypes.h"

#include <vector>

namespace kobai {

template <typename Scalar>
class WeightHistory {
public:
    /// τ ≥ 0; `initial` the weights before the first update.
    WeightHistory(int staleness, const Vector<Scalar> &initial)
        : ring_(static_cast<std::size_t>(staleness) + 1, initial), staleness_(staleness)
    {
    }

    /// The weights the next update's gradient is computed on.
    const Vector<Scalar> &readable() const { return ring_[slot(oldest())]; }
    /// How many updates lie between readable() and the current weights: min(t, τ).
    long long staleness() const { return version_ - oldest(); }
    /// Keeps the weights after an update as the newest version.
    void record(const Vector<Scalar> &weights)
    {
        ++version_;
        ring_[slot(version_)] = weights;
    }

private:
    long long oldest() const { return version_ > staleness_ ? version_ - staleness_ : 0; }
    std::size_t slot(long long version) const { return static_cast<std::size_t>(version % (staleness_ + 1)); }

    std::vector<Vector<Scalar>> ring_;
    long long staleness_;
    long long version_ = 0; ///< updates applied so far
};

} // namespace kobai
