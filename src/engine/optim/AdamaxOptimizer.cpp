#include "optim/AdamaxOptimizer.h"

#include <cmath>

namespace kobai {

std::span<const OptionField<AdamaxOptions>> AdamaxOptions::fields()
{
    static const OptionField<AdamaxOptions> fields[] = {
        {"lr", &AdamaxOptions::lr, ruleRange::learningRate},
        {"betas", &AdamaxOptions::betas, ruleRange::beta},
        {"eps", &AdamaxOptions::eps, ruleRange::nonNegative},
        {"weight_decay", &AdamaxOptions::weight_decay, ruleRange::nonNegative},
    };
    return fields;
}

RuleFormulas AdamaxOptions::formulas() const
{
    return {"Adamax", {}, {"m ← β₁·m + (1 − β₁)·g", "u ← max(β₂·u, |g| + ε)", "w ← w − η/(1 − β₁ᵗ)·m / u"}};
}

template <typename Scalar>
void AdamaxOptimizer<Scalar>::start(Eigen::Index size)
{
    m_ = Vector<Scalar>::Zero(size);
    u_ = Vector<Scalar>::Zero(size);
}

template <typename Scalar>
void AdamaxOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                     double lr)
{
    if (options_.weight_decay != 0.0)
        direction_ = grads + static_cast<Scalar>(options_.weight_decay) * params;
    else
        direction_ = grads;
    const auto b1 = static_cast<Scalar>(options_.betas[0]);
    const auto b2 = static_cast<Scalar>(options_.betas[1]);
    m_ = m_ * b1 + (Scalar(1) - b1) * direction_;
    u_.array() = (u_.array() * b2).max(direction_.array().abs() + static_cast<Scalar>(options_.eps));
    const auto stepSize =
        static_cast<Scalar>(-(lr / (1.0 - std::pow(options_.betas[0], static_cast<double>(this->steps())))));
    params.array() += stepSize * m_.array() / u_.array();
}

template <typename Scalar>
std::vector<OptimizerStateVector> AdamaxOptimizer<Scalar>::stateVectors() const
{
    return {toStateVector("exp_avg", "m (exp_avg)", m_), toStateVector("exp_inf", "u (exp_inf)", u_)};
}

template class AdamaxOptimizer<float>;
template class AdamaxOptimizer<double>;

} // namespace kobai
