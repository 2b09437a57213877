#pragma once
// Textbook Momentum (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   v ← α·v − η·g;  w ← w + v   (v starts at 0; defaults η 0.01, α 0.9)
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class TextbookMomentumOptimizer;

struct TextbookMomentumOptions {
    double lr = 0.01;
    double momentum = 0.9;

    static constexpr const char *name = "Momentum";
    static constexpr RuleVariant variant = RuleVariant::Textbook;
    static std::span<const OptionField<TextbookMomentumOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = TextbookMomentumOptimizer<Scalar>;
};

template <typename Scalar>
class TextbookMomentumOptimizer final : public UpdateRule<Scalar> {
public:
    explicit TextbookMomentumOptimizer(const TextbookMomentumOptions &options) : options_(options) {}

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    TextbookMomentumOptions options_;
    Vector<Scalar> v_;
};

} // namespace kobai
