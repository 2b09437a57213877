#pragma once
// The schedules SequentialLR can chain: any but SequentialLR and ReduceLROnPlateau
// (as PyTorch, where ReduceLROnPlateau is not an _LRScheduler).
#include "schedule/CosineAnnealingSchedule.h"
#include "schedule/CosineWarmRestartsSchedule.h"
#include "schedule/ExponentialSchedule.h"
#include "schedule/LinearSchedule.h"
#include "schedule/MultiStepSchedule.h"
#include "schedule/StepSchedule.h"

#include <variant>

namespace kobai {

using ChainableScheduleSpec = std::variant<StepLROptions, MultiStepLROptions, ExponentialLROptions,
                                           CosineAnnealingLROptions, CosineAnnealingWarmRestartsOptions,
                                           LinearLROptions>;

} // namespace kobai
