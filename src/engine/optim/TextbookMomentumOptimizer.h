#pragma once
// Textbook Momentum (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   v ← α·v − η·g;  w ← w + v   (v starts at 0; defaults η 0.01, α 0.9)
#include "optim/Optimizer.h"

namespace kobai {

template <typename Scalar>
class TextbookMomentumOptimizer final : public Optimizer<Scalar> {
public:
    explicit TextbookMomentumOptimizer(const TextbookMomentumOptions &options) : options_(options) {}

    void reset() override { step_ = 0; }
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    std::vector<OptimizerStateVector> state() const override;

private:
    TextbookMomentumOptions options_;
    Vector<Scalar> v_;
    long long step_ = 0;
};

} // namespace kobai
