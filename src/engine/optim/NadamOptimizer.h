#pragma once
// torch.optim.NAdam (PyTorch 1.13, _single_tensor_nadam): Adam with Nesterov momentum,
// its momentum coefficient warmed up by momentum_decay ψ:
//   t ← t + 1;  d ← g + wd·w
//   μ_t = β1·(1 − ½·0.96^(t·ψ)),  μ_{t+1} = β1·(1 − ½·0.96^((t+1)·ψ))
//   Π ← Π·μ_t   (Π starts at 1)
//   m ← β1·m + (1 − β1)·d;   v ← β2·v + (1 − β2)·d⊙d
//   denom = √(v / (1 − β2ᵗ)) + ε
//   w ← w − η·(1 − μ_t)/(1 − Π) · d / denom − η·μ_{t+1}/(1 − Π·μ_{t+1}) · m / denom
// Defaults: η 0.002, β (0.9, 0.999), ε 1e-8, wd 0, momentum_decay 0.004.
// Sources: Dozat, "Incorporating Nesterov Momentum into Adam" (ICLR 2016 workshop);
// torch/optim/nadam.py.
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class NadamOptimizer;

struct NadamOptions {
    double lr = 0.002;
    std::array<double, 2> betas{0.9, 0.999};
    double eps = 1e-8;
    double weight_decay = 0.0;
    double momentum_decay = 0.004;

    static constexpr const char *name = "NAdam";
    static constexpr RuleVariant variant = RuleVariant::PyTorch;
    static std::span<const OptionField<NadamOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = NadamOptimizer<Scalar>;
};

template <typename Scalar>
class NadamOptimizer final : public UpdateRule<Scalar> {
public:
    explicit NadamOptimizer(const NadamOptions &options) : options_(options) {}

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    NadamOptions options_;
    double muProduct_ = 1.0;
    Vector<Scalar> m_, v_, direction_, denom_;
};

} // namespace kobai
