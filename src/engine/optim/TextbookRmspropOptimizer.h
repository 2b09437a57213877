#pragma once
// Textbook RMSprop (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   h ← ρ·h + (1 − ρ)·g⊙g;  w ← w − η·g / (√h + 1e-7)   (defaults η 0.01, ρ 0.99)
#include "optim/Optimizer.h"

namespace kobai {

template <typename Scalar>
class TextbookRmspropOptimizer final : public Optimizer<Scalar> {
public:
    explicit TextbookRmspropOptimizer(const TextbookRmspropOptions &options) : options_(options) {}

    void reset() override { step_ = 0; }
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    std::vector<OptimizerStateVector> state() const override;

private:
    TextbookRmspropOptions options_;
    Vector<Scalar> h_;
    long long step_ = 0;
};

} // namespace kobai
