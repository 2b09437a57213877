#pragma once
// torch.optim.Adagrad (PyTorch 1.13, _single_tensor_adagrad):
//   t ← t + 1;  d ← g + wd·w;  clr = η / (1 + (t − 1)·lr_decay)
//   s ← s + d⊙d   (s starts at initial_accumulator_value)
//   w ← w − clr · d / (√s + ε)
// Defaults: η 0.01, lr_decay 0, wd 0, initial_accumulator_value 0, ε 1e-10.
// Source: Duchi, Hazan & Singer, "Adaptive Subgradient Methods" (JMLR 2011);
// torch/optim/adagrad.py.
#include "optim/Optimizer.h"

namespace kobai {

template <typename Scalar>
class AdagradOptimizer final : public Optimizer<Scalar> {
public:
    explicit AdagradOptimizer(const AdagradOptions &options) : options_(options) {}

    void reset() override { step_ = 0; }
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    std::vector<OptimizerStateVector> state() const override;

private:
    AdagradOptions options_;
    long long step_ = 0;
    Vector<Scalar> sum_, direction_;
};

} // namespace kobai
