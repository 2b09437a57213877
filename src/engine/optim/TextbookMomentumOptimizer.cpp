#include "optim/TextbookMomentumOptimizer.h"

#include "optim/SgdOptimizer.h"

namespace kobai {

std::span<const OptionField<TextbookMomentumOptions>> TextbookMomentumOptions::fields()
{
    static const OptionField<TextbookMomentumOptions> fields[] = {
        {"lr", &TextbookMomentumOptions::lr, ruleRange::learningRate},
        {"momentum", &TextbookMomentumOptions::momentum, ruleRange::beta},
    };
    return fields;
}

RuleFormulas TextbookMomentumOptions::formulas() const
{
    return {"Momentum", {"v ← α·v − η·g", "w ← w + v"}, SgdOptions{.momentum = 0.9}.formulas().pytorch};
}

template <typename Scalar>
void TextbookMomentumOptimizer<Scalar>::start(Eigen::Index size)
{
    v_ = Vector<Scalar>::Zero(size);
}

template <typename Scalar>
void TextbookMomentumOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                               double lr)
{
    v_ = static_cast<Scalar>(options_.momentum) * v_ - static_cast<Scalar>(lr) * grads;
    params += v_;
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookMomentumOptimizer<Scalar>::stateVectors() const
{
    return {toStateVector("v", "", v_)};
}

template class TextbookMomentumOptimizer<float>;
template class TextbookMomentumOptimizer<double>;

} // namespace kobai
