#pragma once
#include "optim/Optimizer.h"

namespace kobai {

/// Copies one per-parameter state vector out for the step-through view.
template <typename Derived>
OptimizerStateVector toStateVector(std::string name, const Eigen::MatrixBase<Derived> &values)
{
    OptimizerStateVector out{std::move(name), std::vector<double>(static_cast<std::size_t>(values.size()))};
    for (Eigen::Index i = 0; i < values.size(); ++i)
        out.values[static_cast<std::size_t>(i)] = static_cast<double>(values(i));
    return out;
}

} // namespace kobai
