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
#include "optim/Optimizer.h"

namespace kobai {

template <typename Scalar>
class AdamOptimizer final : public Optimizer<Scalar> {
public:
    explicit AdamOptimizer(const AdamOptions &options);
    explicit AdamOptimizer(const AdamWOptions &options);

    void reset() override;
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    std::vector<OptimizerStateVector> state() const override;

private:
    double beta1_, beta2_, eps_, weightDecay_;
    bool amsgrad_;
    bool decoupled_;
    long long step_ = 0;
    Vector<Scalar> m_, v_, vMax_, direction_;
};

} // namespace kobai
