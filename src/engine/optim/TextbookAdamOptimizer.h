#pragma once
// Textbook Adam (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   t ← t + 1;  η_t = η·√(1 − β2ᵗ) / (1 − β1ᵗ)
//   m ← m + (1 − β1)(g − m);  v ← v + (1 − β2)(g⊙g − v)
//   w ← w − η_t·m / (√v + 1e-7)   (defaults η 0.001, β1 0.9, β2 0.999)
#include "optim/Optimizer.h"

namespace kobai {

template <typename Scalar>
class TextbookAdamOptimizer final : public Optimizer<Scalar> {
public:
    explicit TextbookAdamOptimizer(const TextbookAdamOptions &options) : options_(options) {}

    void reset() override { step_ = 0; }
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    std::vector<OptimizerStateVector> state() const override;

private:
    TextbookAdamOptions options_;
    Vector<Scalar> m_, v_;
    long long step_ = 0;
    double lastRate_ = 0.0;
};

} // namespace kobai
