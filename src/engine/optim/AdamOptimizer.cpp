#include "optim/AdamOptimizer.h"

#include "optim/StateVector.h"

#include <cmath>

namespace kobai {

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
void AdamOptimizer<Scalar>::reset()
{
    step_ = 0;
}

template <typename Scalar>
void AdamOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                 double lr)
{
    if (step_ == 0) {
        m_ = Vector<Scalar>::Zero(params.size());
        v_ = Vector<Scalar>::Zero(params.size());
        if (amsgrad_)
            vMax_ = Vector<Scalar>::Zero(params.size());
    }
    ++step_;
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
    const double biasCorrection1 = 1.0 - std::pow(beta1_, static_cast<double>(step_));
    const double biasCorrection2 = 1.0 - std::pow(beta2_, static_cast<double>(step_));
    const auto stepSize = static_cast<Scalar>(lr / biasCorrection1);
    const auto correction2Sqrt = static_cast<Scalar>(std::sqrt(biasCorrection2));
    const auto eps = static_cast<Scalar>(eps_);
    if (amsgrad_)
        vMax_ = vMax_.cwiseMax(v_);
    const Vector<Scalar> &second = amsgrad_ ? vMax_ : v_;
    params.array() += (-stepSize * m_.array()) / (second.array().sqrt() / correction2Sqrt + eps);
}

template <typename Scalar>
std::vector<OptimizerStateVector> AdamOptimizer<Scalar>::state() const
{
    if (step_ == 0)
        return {};
    const auto t = static_cast<double>(step_);
    const Vector<Scalar> mHat = m_ / static_cast<Scalar>(1.0 - std::pow(beta1_, t));
    const Vector<Scalar> vHat = v_ / static_cast<Scalar>(1.0 - std::pow(beta2_, t));
    std::vector<OptimizerStateVector> out{toStateVector("exp_avg", m_), toStateVector("exp_avg_sq", v_),
                                          toStateVector("m_hat", mHat), toStateVector("v_hat", vHat)};
    if (amsgrad_)
        out.push_back(toStateVector("max_exp_avg_sq", vMax_));
    return out;
}

template class AdamOptimizer<float>;
template class AdamOptimizer<double>;

} // namespace kobai
