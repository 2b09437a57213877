#include "optim/AdadeltaOptimizer.h"

namespace kobai {

std::span<const OptionField<AdadeltaOptions>> AdadeltaOptions::fields()
{
    static const OptionField<AdadeltaOptions> fields[] = {
        {"lr", &AdadeltaOptions::lr, ruleRange::learningRate},
        {"rho", &AdadeltaOptions::rho, ruleRange::decay},
        {"eps", &AdadeltaOptions::eps, ruleRange::nonNegative},
        {"weight_decay", &AdadeltaOptions::weight_decay, ruleRange::nonNegative},
    };
    return fields;
}

RuleFormulas AdadeltaOptions::formulas() const
{
    return {"AdaDelta",
            {},
            {"h ← ρ·h + (1 − ρ)·g⊙g   (square_avg)", "Δw = −√(s + ε) / √(h + ε) ⊙ g",
             "s ← ρ·s + (1 − ρ)·Δw⊙Δw   (acc_delta)", "w ← w + η·Δw"}};
}

template <typename Scalar>
void AdadeltaOptimizer<Scalar>::start(Eigen::Index size)
{
    squareAvg_ = Vector<Scalar>::Zero(size);
    accDelta_ = Vector<Scalar>::Zero(size);
}

template <typename Scalar>
void AdadeltaOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params,
                                       const Eigen::Ref<const Vector<Scalar>> &grads, double lr)
{
    const auto rho = static_cast<Scalar>(options_.rho);
    const auto eps = static_cast<Scalar>(options_.eps);
    if (options_.weight_decay != 0.0)
        direction_ = grads + static_cast<Scalar>(options_.weight_decay) * params;
    else
        direction_ = grads;
    squareAvg_.array() = squareAvg_.array() * rho + (Scalar(1) - rho) * direction_.array() * direction_.array();
    delta_.array() = (accDelta_.array() + eps).sqrt() / (squareAvg_.array() + eps).sqrt() * direction_.array();
    accDelta_.array() = accDelta_.array() * rho + (Scalar(1) - rho) * delta_.array() * delta_.array();
    params -= static_cast<Scalar>(lr) * delta_;
}

template <typename Scalar>
std::vector<OptimizerStateVector> AdadeltaOptimizer<Scalar>::stateVectors() const
{
    return {toStateVector("square_avg", "h (square_avg)", squareAvg_),
            toStateVector("acc_delta", "s (acc_delta)", accDelta_)};
}

template class AdadeltaOptimizer<float>;
template class AdadeltaOptimizer<double>;

} // namespace kobai
