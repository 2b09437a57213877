#include "optim/TextbookAdagradOptimizer.h"

#include "optim/AdagradOptimizer.h"

namespace kobai {

std::span<const OptionField<TextbookAdagradOptions>> TextbookAdagradOptions::fields()
{
    static const OptionField<TextbookAdagradOptions> fields[] = {
        {"lr", &TextbookAdagradOptions::lr, ruleRange::learningRate},
    };
    return fields;
}

RuleFormulas TextbookAdagradOptions::formulas() const
{
    return {"AdaGrad", {"h ← h + g⊙g", "w ← w − η·g / (√h + 10⁻⁷)"}, AdagradOptions{}.formulas().pytorch};
}

template <typename Scalar>
void TextbookAdagradOptimizer<Scalar>::start(Eigen::Index size)
{
    h_ = Vector<Scalar>::Zero(size);
}

template <typename Scalar>
void TextbookAdagradOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                              double lr)
{
    h_.array() += grads.array() * grads.array();
    params.array() -= static_cast<Scalar>(lr) * grads.array() / (h_.array().sqrt() + Scalar(textbookEpsilon));
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookAdagradOptimizer<Scalar>::stateVectors() const
{
    return {toStateVector("h", "", h_)};
}

template class TextbookAdagradOptimizer<float>;
template class TextbookAdagradOptimizer<double>;

} // namespace kobai
