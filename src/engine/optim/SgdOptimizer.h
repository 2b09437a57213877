#pragma once
// torch.optim.SGD (PyTorch 1.13), in its order of operations:
//   d ← g + wd·w
//   momentum μ > 0:  b ← d on step 1, else b ← μ·b + (1 − dampening)·d
//                    d ← d + μ·b (nesterov) or d ← b
//   w ← w − η·d
// Defaults: η 0.01 (PyTorch has none), μ 0, dampening 0, nesterov false, wd 0.
// Source: torch/optim/sgd.py, _single_tensor_sgd.
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class SgdOptimizer;

struct SgdOptions {
    double lr = 0.01;
    double momentum = 0.0;
    double dampening = 0.0;
    bool nesterov = false;
    double weight_decay = 0.0;

    static constexpr const char *name = "SGD";
    static constexpr RuleVariant variant = RuleVariant::PyTorch;
    static std::span<const OptionField<SgdOptions>> fields();
    RuleFormulas formulas() const;
    /// PyTorch's constructor check: Nesterov needs a momentum and zero dampening.
    std::optional<RuleProblem> problem() const;
    template <typename Scalar>
    using Rule = SgdOptimizer<Scalar>;
};

template <typename Scalar>
class SgdOptimizer final : public UpdateRule<Scalar> {
public:
    explicit SgdOptimizer(const SgdOptions &options) : options_(options) {}

private:
    void start(Eigen::Index) override {}
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    SgdOptions options_;
    Vector<Scalar> direction_;
    Vector<Scalar> momentumBuffer_;
};

} // namespace kobai
