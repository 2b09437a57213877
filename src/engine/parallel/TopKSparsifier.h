#pragma once
// Top-k sparsification of one worker's gradient, with optional error feedback (Deep
// Gradient Compression, Lin et al. 2018; Stich, Cordonnier & Jaggi 2018; GRACE's
// compensate → compress → update order):
//   c = g + r          (r = 0 without error feedback)
//   sent = the k entries of c largest in |·|, k = max(1, ⌊f·P⌋), the rest 0
//   r ← c − sent       (error feedback: what was not sent waits for the next update)
// Ties in |·| go to the lower index, so a seed gives the same entries on every library.
// The residual is run state (zero when the run starts).
#include "core/EigenTypes.h"
#include "parallel/DataParallelSpec.h"

#include <cstdint>
#include <vector>

namespace kobai {

template <typename Scalar>
class TopKSparsifier {
public:
    TopKSparsifier(const CompressionSpec &spec, Eigen::Index size);

    /// Replaces gradient by what this worker sends (k entries, the rest zero).
    void compress(Eigen::Ref<Vector<Scalar>> gradient);
    /// Entries sent per update.
    Eigen::Index kept() const { return k_; }
    /// Bytes sent per update: k values and k 32-bit indices.
    double bytesPerUpdate() const { return static_cast<double>(k_) * (sizeof(Scalar) + sizeof(std::int32_t)); }
    const Vector<Scalar> &residual() const { return residual_; }

private:
    bool errorFeedback_;
    Eigen::Index k_;
    Vector<Scalar> residual_;
    std::vector<Eigen::Index> order_;
};

} // namespace kobai
