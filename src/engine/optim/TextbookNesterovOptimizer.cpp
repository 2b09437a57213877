#include "optim/TextbookNesterovOptimizer.h"

#include "optim/StateVector.h"

#include <cmath>

namespace kobai {

template <typename Scalar>
void TextbookNesterovOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                 double lr)
{
    if (step_ == 0) {
        v_ = Vector<Scalar>::Zero(params.size());
    }
    ++step_;
    const auto a = static_cast<Scalar>(options_.momentum);
    const auto eta = static_cast<Scalar>(lr);
    params += a * a * v_ - (Scalar(1) + a) * eta * grads;
    v_ = a * v_ - eta * grads;
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookNesterovOptimizer<Scalar>::state() const
{
    if (step_ == 0)
        return {};
    return {toStateVector("v", v_)};
}

template class TextbookNesterovOptimizer<float>;
template class TextbookNesterovOptimizer<double>;

} // namespace kobai
