#include "optim/AdadeltaOptimizer.h"
#include "optim/AdagradOptimizer.h"
#include "optim/AdamOptimizer.h"
#include "optim/Optimizer.h"
#include "optim/RmspropOptimizer.h"
#include "optim/SgdOptimizer.h"
#include "optim/TextbookAdagradOptimizer.h"
#include "optim/TextbookAdamOptimizer.h"
#include "optim/TextbookMomentumOptimizer.h"
#include "optim/TextbookNesterovOptimizer.h"
#include "optim/TextbookRmspropOptimizer.h"
#include "optim/TextbookSgdOptimizer.h"

#include "core/Overloaded.h"

namespace kobai {

template <typename Scalar>
std::unique_ptr<Optimizer<Scalar>> makeOptimizer(const OptimizerSpec &spec)
{
    using Made = std::unique_ptr<Optimizer<Scalar>>;
    return std::visit(
        Overloaded{
            [](const SgdOptions &o) -> Made { return std::make_unique<SgdOptimizer<Scalar>>(o); },
            [](const AdagradOptions &o) -> Made { return std::make_unique<AdagradOptimizer<Scalar>>(o); },
            [](const RmspropOptions &o) -> Made { return std::make_unique<RmspropOptimizer<Scalar>>(o); },
            [](const AdadeltaOptions &o) -> Made { return std::make_unique<AdadeltaOptimizer<Scalar>>(o); },
            [](const AdamOptions &o) -> Made { return std::make_unique<AdamOptimizer<Scalar>>(o); },
            [](const AdamWOptions &o) -> Made { return std::make_unique<AdamOptimizer<Scalar>>(o); },
            [](const TextbookSgdOptions &o) -> Made { return std::make_unique<TextbookSgdOptimizer<Scalar>>(o); },
            [](const TextbookMomentumOptions &o) -> Made {
                return std::make_unique<TextbookMomentumOptimizer<Scalar>>(o);
            },
            [](const TextbookNesterovOptions &o) -> Made {
                return std::make_unique<TextbookNesterovOptimizer<Scalar>>(o);
            },
            [](const TextbookAdagradOptions &o) -> Made {
                return std::make_unique<TextbookAdagradOptimizer<Scalar>>(o);
            },
            [](const TextbookRmspropOptions &o) -> Made {
                return std::make_unique<TextbookRmspropOptimizer<Scalar>>(o);
            },
            [](const TextbookAdamOptions &o) -> Made { return std::make_unique<TextbookAdamOptimizer<Scalar>>(o); },
        },
        spec);
}

template std::unique_ptr<Optimizer<float>> makeOptimizer<float>(const OptimizerSpec &);
template std::unique_ptr<Optimizer<double>> makeOptimizer<double>(const OptimizerSpec &);

} // namespace kobai
