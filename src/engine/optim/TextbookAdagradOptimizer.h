#pragma once
// Textbook AdaGrad (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   h ← h + g⊙g;  w ← w − η·g / (√h + 1e-7)   (default η 0.01)
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class TextbookAdagradOptimizer;

struct TextbookAdagradOptions {
    double lr = 0.01;

    static constexpr const char *name = "AdaGrad";
    static constexpr RuleVariant variant = RuleVariant::Textbook;
    static std::span<const OptionField<TextbookAdagradOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = TextbookAdagradOptimizer<Scalar>;
};

template <typename Scalar>
class TextbookAdagradOptimizer final : public UpdateRule<Scalar> {
public:
    explicit TextbookAdagradOptimizer(const TextbookAdagradOptions &) {}

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    Vector<Scalar> h_;
};

} // namespace kobai
