#pragma once
// Textbook RMSprop (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   h ← ρ·h + (1 − ρ)·g⊙g;  w ← w − η·g / (√h + 1e-7)   (defaults η 0.01, ρ 0.99)
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class TextbookRmspropOptimizer;

struct TextbookRmspropOptions {
    double lr = 0.01;
    double decay_rate = 0.99;

    static constexpr const char *name = "RMSprop";
    static constexpr RuleVariant variant = RuleVariant::Textbook;
    static std::span<const OptionField<TextbookRmspropOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = TextbookRmspropOptimizer<Scalar>;
};

template <typename Scalar>
class TextbookRmspropOptimizer final : public UpdateRule<Scalar> {
public:
    explicit TextbookRmspropOptimizer(const TextbookRmspropOptions &options) : options_(options) {}

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    TextbookRmspropOptions options_;
    Vector<Scalar> h_;
};

} // namespace kobai
