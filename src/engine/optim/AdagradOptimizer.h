#pragma once
// torch.optim.Adagrad (PyTorch 1.13, _single_tensor_adagrad):
//   t ← t + 1;  d ← g + wd·w;  clr = η / (1 + (t − 1)·lr_decay)
//   s ← s + d⊙d   (s starts at initial_accumulator_value)
//   w ← w − clr · d / (√s + ε)
// Defaults: η 0.01, lr_decay 0, wd 0, initial_accumulator_value 0, ε 1e-10.
// Source: Duchi, Hazan & Singer, "Adaptive Subgradient Methods" (JMLR 2011);
// torch/optim/adagrad.py.
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class AdagradOptimizer;

struct AdagradOptions {
    double lr = 0.01;
    double lr_decay = 0.0;
    double weight_decay = 0.0;
    double initial_accumulator_value = 0.0;
    double eps = 1e-10;

    static constexpr const char *name = "Adagrad";
    static constexpr RuleVariant variant = RuleVariant::PyTorch;
    static std::span<const OptionField<AdagradOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = AdagradOptimizer<Scalar>;
};

template <typename Scalar>
class AdagradOptimizer final : public UpdateRule<Scalar> {
public:
    explicit AdagradOptimizer(const AdagradOptions &options) : options_(options) {}

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    AdagradOptions options_;
    Vector<Scalar> sum_, direction_;
};

} // namespace kobai
