#pragma once
// Textbook SGD (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   w ← w − η·g
#include "optim/Optimizer.h"

namespace kobai {

template <typename Scalar>
class TextbookSgdOptimizer final : public Optimizer<Scalar> {
public:
    explicit TextbookSgdOptimizer(const TextbookSgdOptions &options) : options_(options) {}

    void reset() override { step_ = 0; }
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    std::vector<OptimizerStateVector> state() const override;

private:
    TextbookSgdOptions options_;
    long long step_ = 0;
};

} // namespace kobai
