#include "schedule/LinearSchedule.h"

namespace kobai {

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
