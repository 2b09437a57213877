#include "optim/TextbookRmspropOptimizer.h"

#include "optim/StateVector.h"

#include <cmath>

namespace kobai {

template <typename Scalar>
void TextbookRmspropOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                 double lr)
{
    if (step_ == 0) {
        h_ = Vector<Scalar>::Zero(params.size());
    }
    ++step_;
    const auto rho = static_cast<Scalar>(options_.decay_rate);
    h_.array() = h_.array() * rho + (Scalar(1) - rho) * grads.array() * grads.array();
    params.array() -= static_cast<Scalar>(lr) * grads.array() / (h_.array().sqrt() + Scalar(1e-7));
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookRmspropOptimizer<Scalar>::state() const
{
    if (step_ == 0)
        return {};
    return {toStateVector("h", h_)};
}

template class TextbookRmspropOptimizer<float>;
template class TextbookRmspropOptimizer<double>;

} // namespace kobai
