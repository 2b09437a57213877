#pragma once
// Textbook Nesterov (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   w ← w + α²·v − (1 + α)·η·g;  then v ← α·v − η·g (the old v in the first line;
// the book's second volume orders these the other way round). Defaults η 0.01, α 0.9
#include "optim/Optimizer.h"

namespace kobai {

template <typename Scalar>
class TextbookNesterovOptimizer final : public Optimizer<Scalar> {
public:
    explicit TextbookNesterovOptimizer(const TextbookNesterovOptions &options) : options_(options) {}

    void reset() override { step_ = 0; }
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    std::vector<OptimizerStateVector> state() const override;

private:
    TextbookNesterovOptions options_;
    Vector<Scalar> v_;
    long long step_ = 0;
};

} // namespace kobai
