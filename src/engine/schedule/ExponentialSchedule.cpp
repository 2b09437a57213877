#include "schedule/ExponentialSchedule.h"

namespace kobai {

std::span<const OptionField<ExponentialLROptions>> ExponentialLROptions::fields()
{
    static const OptionField<ExponentialLROptions> fields[] = {
        {"gamma", &ExponentialLROptions::gamma, scheduleRange::positive, true},
    };
    return fields;
}

void ExponentialSchedule::step(double) { rate_ *= gamma_; }

} // namespace kobai
