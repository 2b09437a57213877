#include "schedule/SequentialSchedule.h"

#include "schedule/ScheduleSpec.h"

#include <algorithm>

namespace kobai {

std::span<const OptionField<SequentialLROptions>> SequentialLROptions::fields()
{
    static const OptionField<SequentialLROptions> fields[] = {
        {"milestones", &SequentialLROptions::milestones, scheduleRange::epochCount, true},
    };
    return fields;
}

SequentialSchedule::SequentialSchedule(const SequentialLROptions &options, double baseRate)
    : options_(options), baseRate_(baseRate), current_(makeSchedule(toScheduleSpec(options.schedulers.front()), baseRate))
{
}

void SequentialSchedule::step(double metric)
{
    ++epoch_;
    const auto milestone = std::find(options_.milestones.begin(), options_.milestones.end(), epoch_);
    if (milestone == options_.milestones.end()) {
        current_->step(metric);
        return;
    }
    const auto next = static_cast<std::size_t>(milestone - options_.milestones.begin()) + 1;
    current_ = makeSchedule(toScheduleSpec(options_.schedulers[next]), baseRate_);
}

} // namespace kobai
