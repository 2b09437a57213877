#pragma once
// The interface every update rule implements. The model keeps all parameters and
// gradients in one contiguous buffer, so an optimizer updates the whole buffer in
// one pass; per-run state (velocity, accumulators, step count) lives in the
// optimizer object and is cleared by reset().
#include "core/EigenTypes.h"

#include <string>
#include <vector>

namespace kobai {

/// One named piece of an optimizer's state over the whole parameter buffer, for the
/// step-through view; the caller slices it per tensor.
struct OptimizerStateVector {
    std::string name;   ///< PyTorch's state key ("exp_avg") or the textbook's variable ("v")
    std::string symbol; ///< how the update formulas write it ("m"); empty when it is the name
    std::vector<double> values;
};

template <typename Scalar>
class Optimizer {
public:
    virtual ~Optimizer() = default;

    /// Forget all per-run state: the next step is step 1.
    virtual void reset() = 0;

    /// One update of params in place from grads, with learning rate lr (the
    /// schedule's current rate; it replaces the spec's lr).
    virtual void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                      double lr) = 0;

    /// Named state after the last step, each vector the size of the buffer.
    virtual std::vector<OptimizerStateVector> state() const = 0;
};

} // namespace kobai
