#include "optim/NadamOptimizer.h"

#include <cmath>

namespace kobai {

std::span<const OptionField<NadamOptions>> NadamOptions::fields()
{
    static const OptionField<NadamOptions> fields[] = {
        {"lr", &NadamOptions::lr, ruleRange::learningRate},
        {"betas", &NadamOptions::betas, ruleRange::beta},
        {"eps", &NadamOptions::eps, ruleRange::nonNegative},
        {"weight_decay", &NadamOptions::weight_decay, ruleRange::nonNegative},
        {"momentum_decay", &NadamOptions::momentum_decay, ruleRange::nonNegative},
    };
    return fields;
}

RuleFormulas NadamOptions::formulas() const
{
    return {"NAdam",
            {},
            {"μ_t = β₁·(1 − ½·0.96^(t·ψ)),  Π ← Π·μ_t", "m ← β₁·m + (1 − β₁)·g", "v ← β₂·v + (1 − β₂)·g⊙g",
             "v̂ = v / (1 − β₂ᵗ)",
             "w ← w − η·[(1 − μ_t)/(1 − Π)·g + μ_{t+1}/(1 − Π·μ_{t+1})·m] / (√v̂ + ε)"}};
}

template <typename Scalar>
void NadamOptimizer<Scalar>::start(Eigen::Index size)
{
    m_ = Vector<Scalar>::Zero(size);
    v_ = Vector<Scalar>::Zero(size);
    muProduct_ = 1.0;
}

template <typename Scalar>
void NadamOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                    double lr)
{
    const double beta1 = options_.betas[0];
    const double beta2 = options_.betas[1];
    const auto t = static_cast<double>(this->steps());
    const double biasCorrection2 = 1.0 - std::pow(beta2, t);
    if (options_.weight_decay != 0.0)
        direction_ = grads + static_cast<Scalar>(options_.weight_decay) * params;
    else
        direction_ = grads;
    const double mu = beta1 * (1.0 - 0.5 * std::pow(0.96, t * options_.momentum_decay));
    const double muNext = beta1 * (1.0 - 0.5 * std::pow(0.96, (t + 1.0) * options_.momentum_decay));
    muProduct_ *= mu;
    const double muProductNext = muProduct_ * mu * muNext; // PyTorch's own expression, kept for the last bits

    const auto b1 = static_cast<Scalar>(beta1);
    const auto b2 = static_cast<Scalar>(beta2);
    m_ = m_ * b1 + (Scalar(1) - b1) * direction_;
    v_.array() = v_.array() * b2 + (Scalar(1) - b2) * direction_.array() * direction_.array();
    denom_.array() = (v_.array() / static_cast<Scalar>(biasCorrection2)).sqrt() + static_cast<Scalar>(options_.eps);
    const auto gradStep = static_cast<Scalar>(-lr * (1.0 - mu) / (1.0 - muProduct_));
    const auto momentumStep = static_cast<Scalar>(-lr * muNext / (1.0 - muProductNext));
    params.array() += gradStep * direction_.array() / denom_.array();
    params.array() += momentumStep * m_.array() / denom_.array();
}

template <typename Scalar>
std::vector<OptimizerStateVector> NadamOptimizer<Scalar>::stateVectors() const
{
    return {toStateVector("exp_avg", "m (exp_avg)", m_), toStateVector("exp_avg_sq", "v (exp_avg_sq)", v_),
            toStateVector("mu_product", "Π (mu_product)",
                          Vector<Scalar>::Constant(m_.size(), static_cast<Scalar>(muProduct_)))};
}

template class NadamOptimizer<float>;
template class NadamOptimizer<double>;

} // namespace kobai
