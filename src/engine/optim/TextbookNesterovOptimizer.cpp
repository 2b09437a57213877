#include "optim/TextbookNesterovOptimizer.h"

#include "optim/SgdOptimizer.h"

namespace kobai {

std::span<const OptionField<TextbookNesterovOptions>> TextbookNesterovOptions::fields()
{
    static const OptionField<TextbookNesterovOptions> fields[] = {
        {"lr", &TextbookNesterovOptions::lr, ruleRange::learningRate},
        {"momentum", &TextbookNesterovOptions::momentum, ruleRange::beta},
    };
    return fields;
}

RuleFormulas TextbookNesterovOptions::formulas() const
{
    return {"Nesterov",
            {"w ← w + α²·v − (1 + α)·η·g   (the old v)", "v ← α·v − η·g"},
            SgdOptions{.momentum = 0.9, .nesterov = true}.formulas().pytorch};
}

template <typename Scalar>
void TextbookNesterovOptimizer<Scalar>::start(Eigen::Index size)
{
    v_ = Vector<Scalar>::Zero(size);
}

template <typename Scalar>
void TextbookNesterovOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                               double lr)
{
    const auto a = static_cast<Scalar>(options_.momentum);
    const auto eta = static_cast<Scalar>(lr);
    params += a * a * v_ - (Scalar(1) + a) * eta * grads;
    v_ = a * v_ - eta * grads;
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookNesterovOptimizer<Scalar>::stateVectors() const
{
    return {toStateVector("v", "", v_)};
}

template class TextbookNesterovOptimizer<float>;
template class TextbookNesterovOptimizer<double>;

} // namespace kobai
