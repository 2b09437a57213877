#include "optim/TextbookSgdOptimizer.h"

#include "optim/StateVector.h"

#include <cmath>

namespace kobai {

template <typename Scalar>
void TextbookSgdOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                 double lr)
{
    ++step_;
    params -= static_cast<Scalar>(lr) * grads;
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookSgdOptimizer<Scalar>::state() const
{
    if (step_ == 0)
        return {};
    return {};
}

template class TextbookSgdOptimizer<float>;
template class TextbookSgdOptimizer<double>;

} // namespace kobai
