#include "schedule/ScheduleRun.h"

#include "schedule/ScheduleSpec.h"

namespace kobai {

std::vector<double> scheduleRates(const ScheduleRunSpec &spec)
{
    const std::size_t epochs = spec.metrics.empty() ? static_cast<std::size_t>(spec.epochs) : spec.metrics.size();
    const auto schedule = makeSchedule(spec.scheduler, spec.lr);
    std::vector<double> rates;
    rates.reserve(epochs);
    for (std::size_t e = 0; e < epochs; ++e) {
        rates.push_back(schedule->rate());
        schedule->step(spec.metrics.empty() ? 0.0 : spec.metrics[e]);
    }
    return rates;
}

} // namespace kobai
