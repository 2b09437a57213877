#include "optim/TextbookRmspropOptimizer.h"

#include "optim/RmspropOptimizer.h"

namespace kobai {

std::span<const OptionField<TextbookRmspropOptions>> TextbookRmspropOptions::fields()
{
    static const OptionField<TextbookRmspropOptions> fields[] = {
        {"lr", &TextbookRmspropOptions::lr, ruleRange::learningRate},
        {"decay_rate", &TextbookRmspropOptions::decay_rate, ruleRange::decay},
    };
    return fields;
}

RuleFormulas TextbookRmspropOptions::formulas() const
{
    return {"RMSprop", {"h ← ρ·h + (1 − ρ)·g⊙g", "w ← w − η·g / (√h + 10⁻⁷)"}, RmspropOptions{}.formulas().pytorch};
}

template <typename Scalar>
void TextbookRmspropOptimizer<Scalar>::start(Eigen::Index size)
{
    h_ = Vector<Scalar>::Zero(size);
}

template <typename Scalar>
void TextbookRmspropOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                              double lr)
{
    const auto rho = static_cast<Scalar>(options_.decay_rate);
    h_.array() = h_.array() * rho + (Scalar(1) - rho) * grads.array() * grads.array();
    params.array() -= static_cast<Scalar>(lr) * grads.array() / (h_.array().sqrt() + Scalar(textbookEpsilon));
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookRmspropOptimizer<Scalar>::stateVectors() const
{
    return {toStateVector("h", "", h_)};
}

template class TextbookRmspropOptimizer<float>;
template class TextbookRmspropOptimizer<double>;

} // namespace kobai
