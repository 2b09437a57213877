#include "optim/TextbookAdamOptimizer.h"

#include "optim/AdamOptimizer.h"

#include <cmath>

namespace kobai {

std::span<const OptionField<TextbookAdamOptions>> TextbookAdamOptions::fields()
{
    static const OptionField<TextbookAdamOptions> fields[] = {
        {"lr", &TextbookAdamOptions::lr, ruleRange::learningRate},
        {"beta1", &TextbookAdamOptions::beta1, ruleRange::beta},
        {"beta2", &TextbookAdamOptions::beta2, ruleRange::beta},
    };
    return fields;
}

RuleFormulas TextbookAdamOptions::formulas() const
{
    return {"Adam",
            {"m ← m + (1 − β₁)·(g − m)", "v ← v + (1 − β₂)·(g⊙g − v)", "η_t = η·√(1 − β₂ᵗ) / (1 − β₁ᵗ)",
             "w ← w − η_t·m / (√v + 10⁻⁷)"},
            AdamOptions{}.formulas().pytorch};
}

template <typename Scalar>
void TextbookAdamOptimizer<Scalar>::start(Eigen::Index size)
{
    m_ = Vector<Scalar>::Zero(size);
    v_ = Vector<Scalar>::Zero(size);
}

template <typename Scalar>
void TextbookAdamOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                           double lr)
{
    const auto t = static_cast<double>(this->steps());
    const auto lrT = static_cast<Scalar>(lr * std::sqrt(1.0 - std::pow(options_.beta2, t)) /
                                         (1.0 - std::pow(options_.beta1, t)));
    lastRate_ = static_cast<double>(lrT);
    m_.array() += (Scalar(1) - static_cast<Scalar>(options_.beta1)) * (grads.array() - m_.array());
    v_.array() += (Scalar(1) - static_cast<Scalar>(options_.beta2)) * (grads.array() * grads.array() - v_.array());
    params.array() -= lrT * m_.array() / (v_.array().sqrt() + Scalar(textbookEpsilon));
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookAdamOptimizer<Scalar>::stateVectors() const
{
    return {toStateVector("m", "", m_), toStateVector("v", "", v_),
            toStateVector("lr_t", "η_t", Vector<Scalar>::Constant(m_.size(), static_cast<Scalar>(lastRate_)))};
}

template class TextbookAdamOptimizer<float>;
template class TextbookAdamOptimizer<double>;

} // namespace kobai
