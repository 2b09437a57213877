#pragma once
// torch.optim.Adadelta (PyTorch 1.13, _single_tensor_adadelta):
//   d ← g + wd·w
//   s ← ρ·s + (1 − ρ)·d⊙d
//   Δ = √(u + ε) / √(s + ε) ⊙ d
//   u ← ρ·u + (1 − ρ)·Δ⊙Δ
//   w ← w − η·Δ
// Defaults: η 1.0, ρ 0.9, ε 1e-6, wd 0.
// Source: Zeiler, "ADADELTA" (2012); torch/optim/adadelta.py.
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class AdadeltaOptimizer;

struct AdadeltaOptions {
    double lr = 1.0;
    double rho = 0.9;
    double eps = 1e-6;
    double weight_decay = 0.0;

    static constexpr const char *name = "Adadelta";
    static constexpr RuleVariant variant = RuleVariant::PyTorch;
    static std::span<const OptionField<AdadeltaOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = AdadeltaOptimizer<Scalar>;
};

template <typename Scalar>
class AdadeltaOptimizer final : public UpdateRule<Scalar> {
public:
    explicit AdadeltaOptimizer(const AdadeltaOptions &options) : options_(options) {}

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    AdadeltaOptions options_;
    Vector<Scalar> squareAvg_, accDelta_, direction_, delta_;
};

} // namespace kobai
