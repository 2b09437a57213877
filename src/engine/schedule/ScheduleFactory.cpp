#include "schedule/CosineAnnealingSchedule.h"
#include "schedule/CosineWarmRestartsSchedule.h"
#include "schedule/ExponentialSchedule.h"
#include "schedule/LinearSchedule.h"
#include "schedule/MultiStepSchedule.h"
#include "schedule/PlateauSchedule.h"
#include "schedule/SequentialSchedule.h"
#include "schedule/StepSchedule.h"

#include "core/Overloaded.h"

namespace kobai {

std::unique_ptr<LearningRateSchedule> makeSchedule(const OptionalScheduleSpec &spec, double baseRate)
{
    using Made = std::unique_ptr<LearningRateSchedule>;
    if (!spec)
        return std::make_unique<ConstantSchedule>(baseRate);
    return std::visit(
        Overloaded{
            [&](const StepLROptions &o) -> Made { return std::make_unique<StepSchedule>(o, baseRate); },
            [&](const MultiStepLROptions &o) -> Made { return std::make_unique<MultiStepSchedule>(o, baseRate); },
            [&](const ExponentialLROptions &o) -> Made { return std::make_unique<ExponentialSchedule>(o, baseRate); },
            [&](const CosineAnnealingLROptions &o) -> Made {
                return std::make_unique<CosineAnnealingSchedule>(o, baseRate);
            },
            [&](const CosineAnnealingWarmRestartsOptions &o) -> Made {
                return std::make_unique<CosineWarmRestartsSchedule>(o, baseRate);
            },
            [&](const LinearLROptions &o) -> Made { return std::make_unique<LinearSchedule>(o, baseRate); },
            [&](const SequentialLROptions &o) -> Made { return std::make_unique<SequentialSchedule>(o, baseRate); },
            [&](const ReduceLROnPlateauOptions &o) -> Made { return std::make_unique<PlateauSchedule>(o, baseRate); },
        },
        *spec);
}

} // namespace kobai
