#pragma once
// Textbook Nesterov (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   w ← w + α²·v − (1 + α)·η·g;  then v ← α·v − η·g (the old v in the first line;
// the book's second volume orders these the other way round). Defaults η 0.01, α 0.9.
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class TextbookNesterovOptimizer;

struct TextbookNesterovOptions {
    double lr = 0.01;
    double momentum = 0.9;

    static constexpr const char *name = "Nesterov";
    static constexpr RuleVariant variant = RuleVariant::Textbook;
    static std::span<const OptionField<TextbookNesterovOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = TextbookNesterovOptimizer<Scalar>;
};

template <typename Scalar>
class TextbookNesterovOptimizer final : public UpdateRule<Scalar> {
public:
    explicit TextbookNesterovOptimizer(const TextbookNesterovOptions &options) : options_(options) {}

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    TextbookNesterovOptions options_;
    Vector<Scalar> v_;
};

} // namespace kobai
