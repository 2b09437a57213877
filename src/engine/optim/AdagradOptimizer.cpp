#include "optim/AdagradOptimizer.h"

#include "optim/StateVector.h"

namespace kobai {

template <typename Scalar>
void AdagradOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params,
                                    const Eigen::Ref<const Vector<Scalar>> &grads, double lr)
{
    if (step_ == 0)
        sum_ = Vector<Scalar>::Constant(params.size(), static_cast<Scalar>(options_.initial_accumulator_value));
    ++step_;
    if (options_.weight_decay != 0.0)
        direction_ = grads + static_cast<Scalar>(options_.weight_decay) * params;
    else
        direction_ = grads;
    const auto clr = static_cast<Scalar>(lr / (1.0 + static_cast<double>(step_ - 1) * options_.lr_decay));
    sum_.array() += direction_.array() * direction_.array();
    params.array() += (-clr * direction_.array()) / (sum_.array().sqrt() + static_cast<Scalar>(options_.eps));
}

template <typename Scalar>
std::vector<OptimizerStateVector> AdagradOptimizer<Scalar>::state() const
{
    if (step_ == 0)
        return {};
    return {toStateVector("sum", sum_)};
}

template class AdagradOptimizer<float>;
template class AdagradOptimizer<double>;

} // namespace kobai
