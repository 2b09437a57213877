#pragma once
// torch.optim.Adam and torch.optim.AdamW (PyTorch 1.13, _single_tensor_adam[w]),
// in PyTorch's order of operations so float64 results agree to the last bits:
//   t ← t + 1
//   Adam:  d ← g + wd·w            AdamW: w ← w·(1 − η·wd), d ← g   (decoupled decay)
//   m ← β1·m + (1 − β1)·d
//   v ← β2·v + (1 − β2)·d⊙d         (amsgrad: v_max ← max(v_max, v), used in place of v)
//   step_size = η / (1 − β1ᵗ);  denom = √v / √(1 − β2ᵗ) + ε
//   w ← w − step_size·m / denom
// Defaults: η 0.001, β (0.9, 0.999), ε 1e-8, wd 0 (AdamW 0.01).
// Sources: Kingma & Ba, "Adam" (ICLR 2015); Loshchilov & Hutter, "Decoupled
// Weight Decay Regularization" (ICLR 2019); torch/optim/adam.py, adamw.py.
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class AdamOptimizer;

struct AdamOptions {
    double lr = 0.001;
    std::array<double, 2> betas{0.9, 0.999};
    double eps = 1e-8;
    double weight_decay = 0.0;
    bool amsgrad = false;

    static constexpr const char *name = "Adam";
    static constexpr RuleVariant variant = RuleVariant::PyTorch;
    static std::span<const OptionField<AdamOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = AdamOptimizer<Scalar>;
};

/// As Adam, with decoupled weight decay p ← p·(1 − lr·wd) applied first.
struct AdamWOptions {
    double lr = 0.001;
    std::array<double, 2> betas{0.9, 0.999};
    double eps = 1e-8;
    double weight_decay = 0.01;
    bool amsgrad = false;

    static constexpr const char *name = "AdamW";
    static constexpr RuleVariant variant = RuleVariant::PyTorch;
    static std::span<const OptionField<AdamWOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = AdamOptimizer<Scalar>;
};

template <typename Scalar>
class AdamOptimizer final : public UpdateRule<Scalar> {
public:
    explicit AdamOptimizer(const AdamOptions &options);
    explicit AdamOptimizer(const AdamWOptions &options);

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    double beta1_, beta2_, eps_, weightDecay_;
    bool amsgrad_;
    bool decoupled_;
    Vector<Scalar> m_, v_, vMax_, direction_;
};

} // namespace kobai
