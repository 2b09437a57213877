#include "optim/TextbookAdamOptimizer.h"

#include "optim/StateVector.h"

#include <cmath>

namespace kobai {

template <typename Scalar>
void TextbookAdamOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                 double lr)
{
    if (step_ == 0) {
        m_ = Vector<Scalar>::Zero(params.size());
        v_ = Vector<Scalar>::Zero(params.size());
    }
    ++step_;
    const double t = static_cast<double>(step_);
    const auto lrT = static_cast<Scalar>(lr * std::sqrt(1.0 - std::pow(options_.beta2, t)) / (1.0 - std::pow(options_.beta1, t)));
    lastRate_ = static_cast<double>(lrT);
    m_.array() += (Scalar(1) - static_cast<Scalar>(options_.beta1)) * (grads.array() - m_.array());
    v_.array() += (Scalar(1) - static_cast<Scalar>(options_.beta2)) * (grads.array() * grads.array() - v_.array());
    params.array() -= lrT * m_.array() / (v_.array().sqrt() + Scalar(1e-7));
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookAdamOptimizer<Scalar>::state() const
{
    if (step_ == 0)
        return {};
    return {toStateVector("m", m_), toStateVector("v", v_),
            toStateVector("lr_t", Vector<Scalar>::Constant(m_.size(), static_cast<Scalar>(lastRate_)))};
}

template class TextbookAdamOptimizer<float>;
template class TextbookAdamOptimizer<double>;

} // namespace kobai
