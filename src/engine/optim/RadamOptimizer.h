#pragma once
// torch.optim.RAdam (PyTorch 1.13, _single_tensor_radam): Adam whose adaptive step is
// switched on only once the variance of v̂ is tractable, and rectified until then:
//   t ← t + 1;  d ← g + wd·w
//   m ← β1·m + (1 − β1)·d;   v ← β2·v + (1 − β2)·d⊙d;   m̂ = m / (1 − β1ᵗ)
//   ρ_∞ = 2/(1 − β2) − 1;    ρ_t = ρ_∞ − 2t·β2ᵗ / (1 − β2ᵗ)
//   ρ_t > 5:  r = √((ρ_t − 4)(ρ_t − 2)ρ_∞ / ((ρ_∞ − 4)(ρ_∞ − 2)ρ_t))
//             w ← w − η·m̂ · √(1 − β2ᵗ) / (√v + ε) · r
//   else:     w ← w − η·m̂   (plain momentum SGD while ρ_t ≤ 5)
// Defaults: η 0.001, β (0.9, 0.999), ε 1e-8, wd 0.
// Sources: Liu et al., "On the Variance of the Adaptive Learning Rate and Beyond"
// (ICLR 2020); torch/optim/radam.py.
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class RadamOptimizer;

struct RadamOptions {
    double lr = 0.001;
    std::array<double, 2> betas{0.9, 0.999};
    double eps = 1e-8;
    double weight_decay = 0.0;

    static constexpr const char *name = "RAdam";
    static constexpr RuleVariant variant = RuleVariant::PyTorch;
    static std::span<const OptionField<RadamOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = RadamOptimizer<Scalar>;
};

template <typename Scalar>
class RadamOptimizer final : public UpdateRule<Scalar> {
public:
    explicit RadamOptimizer(const RadamOptions &options) : options_(options) {}

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    RadamOptions options_;
    double rectification_ = 0.0; ///< r of the last step, 0 while ρ_t ≤ 5
    Vector<Scalar> m_, v_, direction_;
};

} // namespace kobai
