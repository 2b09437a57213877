#pragma once
// Textbook Adam (ゼロから作るDeep Learning, ch. 6, common/optimizer.py):
//   t ← t + 1;  η_t = η·√(1 − β2ᵗ) / (1 − β1ᵗ)
//   m ← m + (1 − β1)(g − m);  v ← v + (1 − β2)(g⊙g − v)
//   w ← w − η_t·m / (√v + 1e-7)   (defaults η 0.001, β1 0.9, β2 0.999)
#include "optim/UpdateRule.h"

namespace kobai {

template <typename Scalar>
class TextbookAdamOptimizer;

struct TextbookAdamOptions {
    double lr = 0.001;
    double beta1 = 0.9;
    double beta2 = 0.999;

    static constexpr const char *name = "Adam";
    static constexpr RuleVariant variant = RuleVariant::Textbook;
    static std::span<const OptionField<TextbookAdamOptions>> fields();
    RuleFormulas formulas() const;
    template <typename Scalar>
    using Rule = TextbookAdamOptimizer<Scalar>;
};

template <typename Scalar>
class TextbookAdamOptimizer final : public UpdateRule<Scalar> {
public:
    explicit TextbookAdamOptimizer(const TextbookAdamOptions &options) : options_(options) {}

private:
    void start(Eigen::Index size) override;
    void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                double lr) override;
    std::vector<OptimizerStateVector> stateVectors() const override;

    TextbookAdamOptions options_;
    Vector<Scalar> m_, v_;
    double lastRate_ = 0.0;
};

} // namespace kobai
