#include "schedule/StepSchedule.h"

namespace kobai {

StepSchedule::StepSchedule(const StepLROptions &options, double baseRate) : options_(options), rate_(baseRate) {}

void StepSchedule::step(double)
{
    ++epoch_;
    if (epoch_ % options_.step_size == 0)
        rate_ *= options_.gamma;
}

} // namespace kobai
