#include "optim/AdadeltaOptimizer.h"

#include "optim/StateVector.h"

namespace kobai {

template <typename Scalar>
void AdadeltaOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params,
                                     const Eigen::Ref<const Vector<Scalar>> &grads, double lr)
{
    if (!started_) {
        squareAvg_ = Vector<Scalar>::Zero(params.size());
        accDelta_ = Vector<Scalar>::Zero(params.size());
        started_ = true;
    }
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
std::vector<OptimizerStateVector> AdadeltaOptimizer<Scalar>::state() const
{
    if (!started_)
        return {};
    return {toStateVector("square_avg", squareAvg_), toStateVector("acc_delta", accDelta_)};
}

template class AdadeltaOptimizer<float>;
template class AdadeltaOptimizer<double>;

} // namespace kobai
