#pragma once
// Textbook SGD (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   w ← w − η·g   (default η 0.01)
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class TextbookSgdOptimizer;

struct TextbookSgdOptions {
    double lr = 0.01;

    static constexpr const char *name = "SGD";
    static constexpr RuleVariant variant = RuleVariant::Textbook;
    static std::span<const OptionField<TextbookSgdOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = TextbookSgdOptimizer<Scalar>;
};

template <typename Scalar>
class TextbookSgdOptimizer final : public UpdateRule<Scalar> {
public:
    explicit TextbookSgdOptimizer(const TextbookSgdOptions &) {}

private:
    void start(Eigen::Index) override {}
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;
};

} // namespace kobai
