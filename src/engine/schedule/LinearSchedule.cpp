#include "schedule/LinearSchedule.h"

namespace kobai {

std::span<const OptionField<LinearLROptions>> LinearLROptions::fields()
{
    static const OptionField<LinearLROptions> fields[] = {
        {"start_factor", &LinearLROptions::start_factor, ValueRange::above(0).upTo(1)},
        {"end_factor", &LinearLROptions::end_factor, ValueRange::atLeast(0).upTo(1)},
        {"total_iters", &LinearLROptions::total_iters, scheduleRange::epochCount},
    };
    return fields;
}

LinearSchedule::LinearSchedule(const LinearLROptions &options, double baseRate)
    : options_(options), rate_(baseRate * options.start_factor)
{
}

void LinearSchedule::step(double)
{
    ++epoch_;
    if (epoch_ > options_.total_iters)
        return;
    const double s = options_.start_factor;
    const double f = options_.end_factor;
    rate_ = rate_ * (1. + (f - s) / (static_cast<double>(options_.total_iters) * s +
                                     static_cast<double>(epoch_ - 1) * (f - s)));
}

} // namespace kobai
