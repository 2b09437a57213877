#pragma once
// What a learner can ask for: one alternative per learning-rate schedule, the
// chainable ones first in ChainableScheduleSpec's order, then the two that cannot be
// chained. This list is the one place besides its unit where a schedule is named:
// the factory, the readers, the names in messages and the PyTorch export walk it.
// Names and arguments are PyTorch 1.13's (torch.optim.lr_scheduler); an argument
// PyTorch requires has no default here either, and src/config refuses a file that
// leaves it out.
#include "schedule/ChainableScheduleSpec.h"
#include "schedule/PlateauSchedule.h"
#include "schedule/SequentialSchedule.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kobai {

using ScheduleSpec = std::variant<StepLROptions, MultiStepLROptions, ExponentialLROptions, CosineAnnealingLROptions,
                                  CosineAnnealingWarmRestartsOptions, LinearLROptions, SequentialLROptions,
                                  ReduceLROnPlateauOptions>;

/// The same schedule as an alternative of ScheduleSpec.
inline ScheduleSpec toScheduleSpec(const ChainableScheduleSpec &spec)
{
    return std::visit([](const auto &options) { return ScheduleSpec{options}; }, spec);
}

/// No scheduler: the optimizer's rate throughout.
using OptionalScheduleSpec = std::optional<ScheduleSpec>;

/// PyTorch's class names, in ScheduleSpec's order.
std::vector<std::string> scheduleNames();

/// Builds the schedule a spec names, starting from baseRate (the optimizer's lr);
/// no spec gives a ConstantSchedule. Arguments are assumed valid (src/config checks them).
std::unique_ptr<LearningRateSchedule> makeSchedule(const OptionalScheduleSpec &spec, double baseRate);

} // namespace kobai
