#pragma once
// torch.optim.RMSprop (PyTorch 1.13, _single_tensor_rmsprop):
//   d ← g + wd·w
//   s ← α·s + (1 − α)·d⊙d
//   centered: a ← α·a + (1 − α)·d,  r = √(s − a⊙a) + ε;   else r = √s + ε
//   momentum μ > 0: b ← μ·b + d / r,  w ← w − η·b;        else w ← w − η·d / r
// Defaults: η 0.01, α 0.99, ε 1e-8, wd 0, μ 0, centered false.
// Source: Hinton, Coursera lecture 6e (2012); torch/optim/rmsprop.py.
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class RmspropOptimizer;

struct RmspropOptions {
    double lr = 0.01;
    double alpha = 0.99;
    double eps = 1e-8;
    double weight_decay = 0.0;
    double momentum = 0.0;
    bool centered = false;

    static constexpr const char *name = "RMSprop";
    static constexpr RuleVariant variant = RuleVariant::PyTorch;
    static std::span<const OptionField<RmspropOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = RmspropOptimizer<Scalar>;
};

template <typename Scalar>
class RmspropOptimizer final : public UpdateRule<Scalar> {
public:
    explicit RmspropOptimizer(const RmspropOptions &options) : options_(options) {}

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    RmspropOptions options_;
    Vector<Scalar> squareAvg_, gradAvg_, buffer_, direction_, root_;
};

} // namespace kobai
