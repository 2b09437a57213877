#include "optim/SgdOptimizer.h"

namespace kobai {

std::span<const OptionField<SgdOptions>> SgdOptions::fields()
{
    static const OptionField<SgdOptions> fields[] = {
        {"lr", &SgdOptions::lr, ruleRange::learningRate},
        {"momentum", &SgdOptions::momentum, ruleRange::nonNegative},
        {"dampening", &SgdOptions::dampening, ValueRange::any()},
        {"nesterov", &SgdOptions::nesterov},
        {"weight_decay", &SgdOptions::weight_decay, ruleRange::nonNegative},
    };
    return fields;
}

RuleFormulas SgdOptions::formulas() const
{
    if (momentum == 0.0)
        return {"SGD", {}, {"w ← w − η·g"}};
    if (nesterov)
        return {"Nesterov", {}, {"b ← μ·b + g", "w ← w − η·(g + μ·b)"}};
    return {"Momentum", {}, {"b ← μ·b + g   (b₁ = g)", "w ← w − η·b   (v = −η·b)"}};
}

std::optional<RuleProblem> SgdOptions::problem() const
{
    if (nesterov && (momentum <= 0 || dampening != 0))
        return RuleProblem{"nesterov", "false unless momentum > 0 and dampening = 0"};
    return std::nullopt;
}

template <typename Scalar>
void SgdOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                  double lr)
{
    const auto eta = static_cast<Scalar>(lr);
    const auto mu = static_cast<Scalar>(options_.momentum);
    const auto wd = static_cast<Scalar>(options_.weight_decay);

    if (mu == Scalar(0) && wd == Scalar(0)) {
        params -= eta * grads; // the plain rule, one fused pass
        return;
    }
    if (wd != Scalar(0))
        direction_ = grads + wd * params;
    else
        direction_ = grads;

    if (mu != Scalar(0)) {
        if (this->steps() == 1) {
            momentumBuffer_ = direction_;
        } else {
            const auto keep = static_cast<Scalar>(1.0 - options_.dampening);
            momentumBuffer_ = mu * momentumBuffer_ + keep * direction_;
        }
        if (options_.nesterov)
            direction_ += mu * momentumBuffer_;
        else
            direction_ = momentumBuffer_;
    }
    params -= eta * direction_;
}

template <typename Scalar>
std::vector<OptimizerStateVector> SgdOptimizer<Scalar>::stateVectors() const
{
    if (static_cast<Scalar>(options_.momentum) == Scalar(0)) // no buffer was kept
        return {};
    return {toStateVector("momentum_buffer", "b (momentum_buffer)", momentumBuffer_)};
}

template class SgdOptimizer<float>;
template class SgdOptimizer<double>;

} // namespace kobai
