#include "optim/AdamOptimizer.h"

#include <cmath>

namespace kobai {

namespace {

/// Adam and AdamW take the same arguments.
template <class Options>
std::span<const OptionField<Options>> adamFields()
{
    static const OptionField<Options> fields[] = {
        {"lr", &Options::lr, ruleRange::learningRate},
        {"betas", &Options::betas, ruleRange::beta},
        {"eps", &Options::eps, ruleRange::nonNegative},
        {"weight_decay", &Options::weight_decay, ruleRange::nonNegative},
        {"amsgrad", &Options::amsgrad},
    };
    return fields;
}

} // namespace

std::span<const OptionField<AdamOptions>> AdamOptions::fields() { return adamFields<AdamOptions>(); }
std::span<const OptionField<AdamWOptions>> AdamWOptions::fields() { return adamFields<AdamWOptions>(); }

RuleFormulas AdamOptions::formulas() const
{
    return {"Adam",
            {},
            {"m ← β₁·m + (1 − β₁)·g", "v ← β₂·v + (1 − β₂)·g⊙g", "m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)",
             "w ← w − η·m̂ / (√v̂ + ε)"}};
}

RuleFormulas AdamWOptions::formulas() const
{
    RuleFormulas out{"AdamW", {}, {"w ← w·(1 − η·λ)"}};
    for (std::string &line : AdamOptions{}.formulas().pytorch)
        out.pytorch.push_back(std::move(line));
    return out;
}

template <typename Scalar>
AdamOptimizer<Scalar>::AdamOptimizer(const AdamOptions &o)
    : beta1_(o.betas[0]), beta2_(o.betas[1]), eps_(o.eps), weightDecay_(o.weight_decay), amsgrad_(o.amsgrad),
      decoupled_(false)
{
}

template <typename Scalar>
AdamOptimizer<Scalar>::AdamOptimizer(const AdamWOptions &o)
    : beta1_(o.betas[0]), beta2_(o.betas[1]), eps_(o.eps), weightDecay_(o.weight_decay), amsgrad_(o.amsgrad),
      decoupled_(true)
{
}

template <typename Scalar>
void AdamOptimizer<Scalar>::start(Eigen::Index size)
{
    m_ = Vector<Scalar>::Zero(size);
    v_ = Vector<Scalar>::Zero(size);
    if (amsgrad_)
        vMax_ = Vector<Scalar>::Zero(size);
}

template <typename Scalar>
void AdamOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                   double lr)
{
    const auto b1 = static_cast<Scalar>(beta1_);
    const auto b2 = static_cast<Scalar>(beta2_);
    const auto wd = static_cast<Scalar>(weightDecay_);
    if (decoupled_)
        params *= static_cast<Scalar>(1.0 - lr * weightDecay_);
    if (!decoupled_ && weightDecay_ != 0.0)
        direction_ = grads + wd * params;
    else
        direction_ = grads;

    m_ = m_ * b1 + (Scalar(1) - b1) * direction_;
    v_.array() = v_.array() * b2 + (Scalar(1) - b2) * direction_.array() * direction_.array();
    const auto t = static_cast<double>(this->steps());
    const double biasCorrection1 = 1.0 - std::pow(beta1_, t);
    const double biasCorrection2 = 1.0 - std::pow(beta2_, t);
    const auto stepSize = static_cast<Scalar>(lr / biasCorrection1);
    const auto correction2Sqrt = static_cast<Scalar>(std::sqrt(biasCorrection2));
    const auto eps = static_cast<Scalar>(eps_);
    if (amsgrad_)
        vMax_ = vMax_.cwiseMax(v_);
    const Vector<Scalar> &second = amsgrad_ ? vMax_ : v_;
    params.array() += (-stepSize * m_.array()) / (second.array().sqrt() / correction2Sqrt + eps);
}

template <typename Scalar>
std::vector<OptimizerStateVector> AdamOptimizer<Scalar>::stateVectors() const
{
    const auto t = static_cast<double>(this->steps());
    const Vector<Scalar> mHat = m_ / static_cast<Scalar>(1.0 - std::pow(beta1_, t));
    const Vector<Scalar> vHat = v_ / static_cast<Scalar>(1.0 - std::pow(beta2_, t));
    std::vector<OptimizerStateVector> out{
        toStateVector("exp_avg", "m (exp_avg)", m_), toStateVector("exp_avg_sq", "v (exp_avg_sq)", v_),
        toStateVector("m_hat", "m̂", mHat), toStateVector("v_hat", "v̂", vHat)};
    if (amsgrad_)
        out.push_back(toStateVector("max_exp_avg_sq", "v_max (max_exp_avg_sq)", vMax_));
    return out;
}

template class AdamOptimizer<float>;
template class AdamOptimizer<double>;

} // namespace kobai
