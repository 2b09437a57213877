#pragma once
// torch.optim.SGD (PyTorch 1.13), in its order of operations:
//   d ← g + wd·w
//   momentum μ > 0:  b ← d on step 1, else b ← μ·b + (1 − dampening)·d
//                    d ← d + μ·b (nesterov) or d ← b
//   w ← w − η·d
// Source: torch/optim/sgd.py, _single_tensor_sgd.
#include "optim/Optimizer.h"

namespace kobai {

template <typename Scalar>
class SgdOptimizer final : public Optimizer<Scalar> {
public:
    explicit SgdOptimizer(const SgdOptions &options) : options_(options) {}

    void reset() override;
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    std::vector<OptimizerStateVector> state() const override;

private:
    SgdOptions options_;
    Vector<Scalar> direction_;
    Vector<Scalar> momentumBuffer_;
    bool hasBuffer_ = false;
};

} // namespace kobai
