#pragma once
// The interface every update rule implements. The model keeps all parameters and
// gradients in one contiguous buffer, so an optimizer updates the whole buffer in
// one pass; per-run state (velocity, accumulators, step count) lives in the
// optimizer object and is cleared by reset().
#include "core/EigenTypes.h"

#include <memory>
#include <string>
#include <vector>

#include "optim/OptimizerSpec.h"

namespace kobai {

/// One named piece of an optimizer's state over the whole parameter buffer
/// (e.g. "velocity", "h", "m", "v", "m_hat", "v_hat", "step"), for the
/// step-through view; the caller slices it per tensor.
struct OptimizerStateVector {
    std::string name;
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

/// Builds the optimizer a spec names. Arguments are assumed valid (src/config
/// checks ranges and says where a value is wrong).
template <typename Scalar>
std::unique_ptr<Optimizer<Scalar>> makeOptimizer(const OptimizerSpec &spec);

} // namespace kobai
