#include "optim/RmspropOptimizer.h"

#include "optim/StateVector.h"

namespace kobai {

template <typename Scalar>
void RmspropOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params,
                                    const Eigen::Ref<const Vector<Scalar>> &grads, double lr)
{
    if (!started_) {
        squareAvg_ = Vector<Scalar>::Zero(params.size());
        gradAvg_ = Vector<Scalar>::Zero(options_.centered ? params.size() : 0);
        buffer_ = Vector<Scalar>::Zero(options_.momentum > 0 ? params.size() : 0);
        started_ = true;
    }
    const auto alpha = static_cast<Scalar>(options_.alpha);
    const auto eps = static_cast<Scalar>(options_.eps);
    const auto eta = static_cast<Scalar>(lr);
    if (options_.weight_decay != 0.0)
        direction_ = grads + static_cast<Scalar>(options_.weight_decay) * params;
    else
        direction_ = grads;
    squareAvg_.array() = squareAvg_.array() * alpha + (Scalar(1) - alpha) * direction_.array() * direction_.array();
    if (options_.centered) {
        gradAvg_ = gradAvg_ * alpha + (Scalar(1) - alpha) * direction_;
        root_.array() = (squareAvg_.array() - gradAvg_.array() * gradAvg_.array()).sqrt() + eps;
    } else {
        root_.array() = squareAvg_.array().sqrt() + eps;
    }
    if (options_.momentum > 0) {
        buffer_.array() = buffer_.array() * static_cast<Scalar>(options_.momentum) + direction_.array() / root_.array();
        params -= eta * buffer_;
    } else {
        params.array() += (-eta * direction_.array()) / root_.array();
    }
}

template <typename Scalar>
std::vector<OptimizerStateVector> RmspropOptimizer<Scalar>::state() const
{
    if (!started_)
        return {};
    std::vector<OptimizerStateVector> out{toStateVector("square_avg", squareAvg_)};
    if (options_.centered)
        out.push_back(toStateVector("grad_avg", gradAvg_));
    if (options_.momentum > 0)
        out.push_back(toStateVector("momentum_buffer", buffer_));
    return out;
}

template class RmspropOptimizer<float>;
template class RmspropOptimizer<double>;

} // namespace kobai
