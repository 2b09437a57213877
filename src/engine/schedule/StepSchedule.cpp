#include "schedule/StepSchedule.h"

namespace kobai {

std::span<const OptionField<StepLROptions>> StepLROptions::fields()
{
    static const OptionField<StepLROptions> fields[] = {
        {"step_size", &StepLROptions::step_size, scheduleRange::epochCount, true},
        {"gamma", &StepLROptions::gamma, scheduleRange::positive},
    };
    return fields;
}

StepSchedule::StepSchedule(const StepLROptions &options, double baseRate) : options_(options), rate_(baseRate) {}

void StepSchedule::step(double)
{
    ++epoch_;
    if (epoch_ % options_.step_size == 0)
        rate_ *= options_.gamma;
}

} // namespace kobai
