#include "optim/TextbookMomentumOptimizer.h"

#include "optim/StateVector.h"

#include <cmath>

namespace kobai {

template <typename Scalar>
void TextbookMomentumOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                 double lr)
{
    if (step_ == 0) {
        v_ = Vector<Scalar>::Zero(params.size());
    }
    ++step_;
    v_ = static_cast<Scalar>(options_.momentum) * v_ - static_cast<Scalar>(lr) * grads;
    params += v_;
}

template <typename Scalar>
std::vector<OptimizerStateVector> TextbookMomentumOptimizer<Scalar>::state() const
{
    if (step_ == 0)
        return {};
    return {toStateVector("v", v_)};
}

template class TextbookMomentumOptimizer<float>;
template class TextbookMomentumOptimizer<double>;

} // namespace kobai
