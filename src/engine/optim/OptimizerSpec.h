#pragma once
// What a learner can ask for: one alternative per update rule. This list is the one
// place besides its own unit where a rule is named: the factory, the readers, the
// names in messages, the PyTorch export and the step-through formulas all walk it
// (OptimizerCatalog.h). Argument names are PyTorch 1.13's (torch.optim), so what a
// learner knows transfers; the textbook variants follow ゼロから作るDeep Learning,
// ch. 6 (common/optimizer.py).
#include "optim/AdadeltaOptimizer.h"
#include "optim/AdagradOptimizer.h"
#include "optim/AdamOptimizer.h"
#include "optim/AdamaxOptimizer.h"
#include "optim/NadamOptimizer.h"
#include "optim/RadamOptimizer.h"
#include "optim/RmspropOptimizer.h"
#include "optim/SgdOptimizer.h"
#include "optim/TextbookAdagradOptimizer.h"
#include "optim/TextbookAdamOptimizer.h"
#include "optim/TextbookMomentumOptimizer.h"
#include "optim/TextbookNesterovOptimizer.h"
#include "optim/TextbookRmspropOptimizer.h"
#include "optim/TextbookSgdOptimizer.h"

#include <memory>
#include <variant>

namespace kobai {

using OptimizerSpec =
    std::variant<SgdOptions, AdagradOptions, RmspropOptions, AdadeltaOptions, AdamOptions, AdamWOptions,
                 NadamOptions, RadamOptions, AdamaxOptions, TextbookSgdOptions, TextbookMomentumOptions,
                 TextbookNesterovOptions, TextbookAdagradOptions, TextbookRmspropOptions, TextbookAdamOptions>;

/// The base learning rate of any optimizer spec.
inline double baseLearningRate(const OptimizerSpec &spec)
{
    return std::visit([](const auto &options) { return options.lr; }, spec);
}

/// Builds the optimizer a spec names. Arguments are assumed valid (src/config
/// checks ranges and says where a value is wrong).
template <typename Scalar>
std::unique_ptr<Optimizer<Scalar>> makeOptimizer(const OptimizerSpec &spec);

} // namespace kobai
