#include "optim/SgdOptimizer.h"

#include "optim/StateVector.h"

namespace kobai {

template <typename Scalar>
void SgdOptimizer<Scalar>::reset()
{
    hasBuffer_ = false;
}

template <typename Scalar>
void SgdOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params,
                                const Eigen::Ref<const Vector<Scalar>> &grads, double lr)
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
        if (!hasBuffer_) {
            momentumBuffer_ = direction_;
            hasBuffer_ = true;
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
std::vector<OptimizerStateVector> SgdOptimizer<Scalar>::state() const
{
    if (!hasBuffer_)
        return {};
    return {toStateVector("momentum_buffer", momentumBuffer_)};
}

template class SgdOptimizer<float>;
template class SgdOptimizer<double>;

} // namespace kobai
