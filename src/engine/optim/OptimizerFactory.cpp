#include "optim/OptimizerSpec.h"

namespace kobai {

template <typename Scalar>
std::unique_ptr<Optimizer<Scalar>> makeOptimizer(const OptimizerSpec &spec)
{
    return std::visit(
        [](const auto &options) -> std::unique_ptr<Optimizer<Scalar>> {
            using Options = std::decay_t<decltype(options)>;
            return std::make_unique<typename Options::template Rule<Scalar>>(options);
        },
        spec);
}

template std::unique_ptr<Optimizer<float>> makeOptimizer<float>(const OptimizerSpec &);
template std::unique_ptr<Optimizer<double>> makeOptimizer<double>(const OptimizerSpec &);

} // namespace kobai
