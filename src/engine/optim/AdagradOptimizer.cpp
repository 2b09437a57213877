#include "optim/AdagradOptimizer.h"

namespace kobai {

std::span<const OptionField<AdagradOptions>> AdagradOptions::fields()
{
    static const OptionField<AdagradOptions> fields[] = {
        {"lr", &AdagradOptions::lr, ruleRange::learningRate},
        {"lr_decay", &AdagradOptions::lr_decay, ruleRange::nonNegative},
        {"weight_decay", &AdagradOptions::weight_decay, ruleRange::nonNegative},
        {"initial_accumulator_value", &AdagradOptions::initial_accumulator_value, ruleRange::nonNegative},
        {"eps", &AdagradOptions::eps, ruleRange::nonNegative},
    };
    return fields;
}

RuleFormulas AdagradOptions::formulas() const
{
    return {"AdaGrad", {}, {"h ← h + g⊙g   (sum)", "w ← w − η·g / (√h + ε)"}};
}

template <typename Scalar>
void AdagradOptimizer<Scalar>::start(Eigen::Index size)
{
    sum_ = Vector<Scalar>::Constant(size, static_cast<Scalar>(options_.initial_accumulator_value));
}

template <typename Scalar>
void AdagradOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params,
                                      const Eigen::Ref<const Vector<Scalar>> &grads, double lr)
{
    if (options_.weight_decay != 0.0)
        direction_ = grads + static_cast<Scalar>(options_.weight_decay) * params;
    else
        direction_ = grads;
    const auto clr = static_cast<Scalar>(lr / (1.0 + static_cast<double>(this->steps() - 1) * options_.lr_decay));
    sum_.array() += direction_.array() * direction_.array();
    params.array() += (-clr * direction_.array()) / (sum_.array().sqrt() + static_cast<Scalar>(options_.eps));
}

template <typename Scalar>
std::vector<OptimizerStateVector> AdagradOptimizer<Scalar>::stateVectors() const
{
    return {toStateVector("sum", "h (sum)", sum_)};
}

template class AdagradOptimizer<float>;
template class AdagradOptimizer<double>;

} // namespace kobai
