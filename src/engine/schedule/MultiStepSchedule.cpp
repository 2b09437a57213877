#include "schedule/MultiStepSchedule.h"

#include <algorithm>

namespace kobai {

std::span<const OptionField<MultiStepLROptions>> MultiStepLROptions::fields()
{
    static const OptionField<MultiStepLROptions> fields[] = {
        {"milestones", &MultiStepLROptions::milestones, scheduleRange::epochCount, true},
        {"gamma", &MultiStepLROptions::gamma, scheduleRange::positive},
    };
    return fields;
}

MultiStepSchedule::MultiStepSchedule(const MultiStepLROptions &options, double baseRate)
    : options_(options), rate_(baseRate)
{
}

void MultiStepSchedule::step(double)
{
    ++epoch_;
    if (std::find(options_.milestones.begin(), options_.milestones.end(), epoch_) != options_.milestones.end())
        rate_ *= options_.gamma;
}

} // namespace kobai
