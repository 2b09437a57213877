#include "optim/RadamOptimizer.h"

#include <cmath>

namespace kobai {

std::span<const OptionField<RadamOptions>> RadamOptions::fields()
{
    static const OptionField<RadamOptions> fields[] = {
        {"lr", &RadamOptions::lr, ruleRange::learningRate},
        {"betas", &RadamOptions::betas, ruleRange::beta},
        {"eps", &RadamOptions::eps, ruleRange::nonNegative},
        {"weight_decay", &RadamOptions::weight_decay, ruleRange::nonNegative},
    };
    return fields;
}

RuleFormulas RadamOptions::formulas() const
{
    return {"RAdam",
            {},
            {"m ← β₁·m + (1 − β₁)·g", "v ← β₂·v + (1 − β₂)·g⊙g", "m̂ = m / (1 − β₁ᵗ),  ρ_t = ρ_∞ − 2t·β₂ᵗ / (1 − β₂ᵗ)",
             "ρ_t > 5:  w ← w − η·r·m̂·√(1 − β₂ᵗ) / (√v + ε)", "ρ_t ≤ 5:  w ← w − η·m̂"}};
}

template <typename Scalar>
void RadamOptimizer<Scalar>::start(Eigen::Index size)
{
    m_ = Vector<Scalar>::Zero(size);
    v_ = Vector<Scalar>::Zero(size);
}

template <typename Scalar>
void RadamOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                    double lr)
{
    const double beta1 = options_.betas[0];
    const double beta2 = options_.betas[1];
    const auto t = static_cast<double>(this->steps());
    const double biasCorrection1 = 1.0 - std::pow(beta1, t);
    const double biasCorrection2 = 1.0 - std::pow(beta2, t);
    if (options_.weight_decay != 0.0)
        direction_ = grads + static_cast<Scalar>(options_.weight_decay) * params;
    else
        direction_ = grads;
    const auto b1 = static_cast<Scalar>(beta1);
    const auto b2 = static_cast<Scalar>(beta2);
    m_ = m_ * b1 + (Scalar(1) - b1) * direction_;
    v_.array() = v_.array() * b2 + (Scalar(1) - b2) * direction_.array() * direction_.array();

    const double rhoInf = 2.0 / (1.0 - beta2) - 1.0;
    const double rhoT = rhoInf - 2.0 * t * std::pow(beta2, t) / biasCorrection2;
    const auto eta = static_cast<Scalar>(lr);
    const auto correctedMean = m_.array() / static_cast<Scalar>(biasCorrection1);
    if (rhoT > 5.0) {
        rectification_ = std::sqrt((rhoT - 4.0) * (rhoT - 2.0) * rhoInf / ((rhoInf - 4.0) * (rhoInf - 2.0) * rhoT));
        const auto adaptive =
            static_cast<Scalar>(std::sqrt(biasCorrection2)) / (v_.array().sqrt() + static_cast<Scalar>(options_.eps));
        params.array() -= correctedMean * eta * adaptive * static_cast<Scalar>(rectification_);
    } else {
        rectification_ = 0.0;
        params.array() -= correctedMean * eta;
    }
}

template <typename Scalar>
std::vector<OptimizerStateVector> RadamOptimizer<Scalar>::stateVectors() const
{
    return {toStateVector("exp_avg", "m (exp_avg)", m_), toStateVector("exp_avg_sq", "v (exp_avg_sq)", v_),
            toStateVector("rect", "r", Vector<Scalar>::Constant(m_.size(), static_cast<Scalar>(rectification_)))};
}

template class RadamOptimizer<float>;
template class RadamOptimizer<double>;

} // namespace kobai
