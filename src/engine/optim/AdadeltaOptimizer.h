#pragma once
// torch.optim.Adadelta (PyTorch 1.13, _single_tensor_adadelta):
//   d ← g + wd·w
//   s ← ρ·s + (1 − ρ)·d⊙d
//   Δ = √(u + ε) / √(s + ε) ⊙ d
//   u ← ρ·u + (1 − ρ)·Δ⊙Δ
//   w ← w − η·Δ
// Defaults: η 1.0, ρ 0.9, ε 1e-6, wd 0.
// Source: Zeiler, "ADADELTA" (2012); torch/optim/adadelta.py.
#include "optim/Optimizer.h"

namespace kobai {

template <typename Scalar>
class AdadeltaOptimizer final : public Optimizer<Scalar> {
public:
    explicit AdadeltaOptimizer(const AdadeltaOptions &options) : options_(options) {}

    void reset() override { started_ = false; }
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    std::vector<OptimizerStateVector> state() const override;

private:
    AdadeltaOptions options_;
    bool started_ = false;
    Vector<Scalar> squareAvg_, accDelta_, direction_, delta_;
};

} // namespace kobai
