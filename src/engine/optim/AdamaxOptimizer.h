#pragma once
// torch.optim.Adamax (PyTorch 1.13, _single_tensor_adamax): Adam with the infinity
// norm in place of the root mean square:
//   t ← t + 1;  d ← g + wd·w
//   m ← β1·m + (1 − β1)·d
//   u ← max(β2·u, |d| + ε)
//   w ← w − η/(1 − β1ᵗ) · m / u
// Defaults: η 0.002, β (0.9, 0.999), ε 1e-8, wd 0.
// Sources: Kingma & Ba, "Adam" (ICLR 2015), §7.1; torch/optim/adamax.py.
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class AdamaxOptimizer;

struct AdamaxOptions {
    double lr = 0.002;
    std::array<double, 2> betas{0.9, 0.999};
    double eps = 1e-8;
    double weight_decay = 0.0;

    static constexpr const char *name = "Adamax";
    static constexpr RuleVariant variant = RuleVariant::PyTorch;
    static std::span<const OptionField<AdamaxOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = AdamaxOptimizer<Scalar>;
};

template <typename Scalar>
class AdamaxOptimizer final : public UpdateRule<Scalar> {
public:
    explicit AdamaxOptimizer(const AdamaxOptions &options) : options_(options) {}

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    AdamaxOptions options_;
    Vector<Scalar> m_, u_, direction_;
};

} // namespace kobai
