#include "schedule/ConstantSchedule.h"
#include "schedule/ScheduleSpec.h"

namespace kobai {

namespace {

template <std::size_t... I>
std::vector<std::string> namesOf(std::index_sequence<I...>)
{
    return {std::variant_alternative_t<I, ScheduleSpec>::name...};
}

} // namespace

std::vector<std::string> scheduleNames()
{
    return namesOf(std::make_index_sequence<std::variant_size_v<ScheduleSpec>>{});
}

std::unique_ptr<LearningRateSchedule> makeSchedule(const OptionalScheduleSpec &spec, double baseRate)
{
    if (!spec)
        return std::make_unique<ConstantSchedule>(baseRate);
    return std::visit(
        [&](const auto &options) -> std::unique_ptr<LearningRateSchedule> {
            using Options = std::decay_t<decltype(options)>;
            return std::make_unique<typename Options::Schedule>(options, baseRate);
        },
        *spec);
}

} // namespace kobai
