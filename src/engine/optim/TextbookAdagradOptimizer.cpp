#include "optim/TextbookAdagradOptimizer.h"

#include "optim/StateVector.h"

#include <cmath>

namespace kobai {

template <typename Scalar>
void TextbookAdagradOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                 double lr)
{
    if (step_ == 0) {
        h_ = Vector<Scalar>::Zero(params.size());
    }
    ++step_;
    h_.array() += grads.array() * grads.array();
    params.array() -= static_cast<Scalar>(lr) * grads.array() / (h_.array().sqrt() + Scalar(1e-7));
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookAdagradOptimizer<Scalar>::state() const
{
    if (step_ == 0)
        return {};
    return {toStateVector("h", h_)};
}

template class TextbookAdagradOptimizer<float>;
template class TextbookAdagradOptimizer<double>;

} // namespace kobai
