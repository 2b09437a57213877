#pragma once
// Textbook AdaGrad (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   h ← h + g⊙g;  w ← w − η·g / (√h + 1e-7)   (default η 0.01)
#include "optim/Optimizer.h"

namespace kobai {

template <typename Scalar>
class TextbookAdagradOptimizer final : public Optimizer<Scalar> {
public:
    explicit TextbookAdagradOptimizer(const TextbookAdagradOptions &options) : options_(options) {}

    void reset() override { step_ = 0; }
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    std::vector<OptimizerStateVector> state() const override;

private:
    TextbookAdagradOptions options_;
    Vector<Scalar> h_;
    long long step_ = 0;
};

} // namespace kobai
