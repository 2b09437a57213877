#include "schedule/MultiStepSchedule.h"

#include <algorithm>

namespace kobai {

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
