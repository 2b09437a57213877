#include "optim/Optimizer.h"
#include "optim/SgdOptimizer.h"

#include <stdexcept>

namespace kobai {

template <typename Scalar>
std::unique_ptr<Optimizer<Scalar>> makeOptimizer(const OptimizerSpec &spec)
{
    if (const auto *sgd = std::get_if<SgdOptions>(&spec))
        return std::make_unique<SgdOptimizer<Scalar>>(*sgd);
    throw std::invalid_argument("this optimizer is not built yet");
}

template std::unique_ptr<Optimizer<float>> makeOptimizer<float>(const OptimizerSpec &);
template std::unique_ptr<Optimizer<double>> makeOptimizer<double>(const OptimizerSpec &);

} // namespace kobai
