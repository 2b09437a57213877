#pragma once
// torch.optim.RMSprop (PyTorch 1.13, _single_tensor_rmsprop):
//   d ← g + wd·w
//   s ← α·s + (1 − α)·d⊙d
//   centered: a ← α·a + (1 − α)·d,  r = √(s − a⊙a) + ε;   else r = √s + ε
//   momentum μ > 0: b ← μ·b + d / r,  w ← w − η·b;        else w ← w − η·d / r
// Defaults: η 0.01, α 0.99, ε 1e-8, wd 0, μ 0, centered false.
// Source: Hinton, Coursera lecture 6e (2012); torch/optim/rmsprop.py.
#include "optim/Optimizer.h"

namespace kobai {

template <typename Scalar>
class RmspropOptimizer final : public Optimizer<Scalar> {
public:
    explicit RmspropOptimizer(const RmspropOptions &options) : options_(options) {}

    void reset() override { started_ = false; }
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    std::vector<OptimizerStateVector> state() const override;

private:
    RmspropOptions options_;
    bool started_ = false;
    Vector<Scalar> squareAvg_, gradAvg_, buffer_, direction_, root_;
};

} // namespace kobai
