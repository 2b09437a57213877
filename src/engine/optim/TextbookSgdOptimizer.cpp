#include "optim/TextbookSgdOptimizer.h"

namespace kobai {

std::span<const OptionField<TextbookSgdOptions>> TextbookSgdOptions::fields()
{
    static const OptionField<TextbookSgdOptions> fields[] = {
        {"lr", &TextbookSgdOptions::lr, ruleRange::learningRate},
    };
    return fields;
}

RuleFormulas TextbookSgdOptions::formulas() const
{
    return {"SGD", {"w ← w − η·g"}, {}};
}

template <typename Scalar>
void TextbookSgdOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                          double lr)
{
    params -= static_cast<Scalar>(lr) * grads;
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookSgdOptimizer<Scalar>::stateVectors() const
{
    return {};
}

template class TextbookSgdOptimizer<float>;
template class TextbookSgdOptimizer<double>;

} // namespace kobai
