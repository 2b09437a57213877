#include "schedule/CosineWarmRestartsSchedule.h"

#include <cmath>
#include <numbers>

namespace kobai {

std::span<const OptionField<CosineAnnealingWarmRestartsOptions>> CosineAnnealingWarmRestartsOptions::fields()
{
    static const OptionField<CosineAnnealingWarmRestartsOptions> fields[] = {
        {"T_0", &CosineAnnealingWarmRestartsOptions::T_0, scheduleRange::epochCount, true},
        {"T_mult", &CosineAnnealingWarmRestartsOptions::T_mult, ValueRange::integerBetween(1, 1000)},
        {"eta_min", &CosineAnnealingWarmRestartsOptions::eta_min, scheduleRange::nonNegative},
    };
    return fields;
}

CosineWarmRestartsSchedule::CosineWarmRestartsSchedule(const CosineAnnealingWarmRestartsOptions &options,
                                                       double baseRate)
    : options_(options), baseRate_(baseRate), cycleLength_(options.T_0)
{
}

double CosineWarmRestartsSchedule::rate() const
{
    const double etaMin = options_.eta_min;
    const double angle = std::numbers::pi * static_cast<double>(sinceRestart_) / static_cast<double>(cycleLength_);
    return etaMin + (baseRate_ - etaMin) * (1 + std::cos(angle)) / 2;
}

void CosineWarmRestartsSchedule::step(double)
{
    ++sinceRestart_;
    if (sinceRestart_ >= cycleLength_) {
        sinceRestart_ -= cycleLength_;
        cycleLength_ *= options_.T_mult;
    }
}

} // namespace kobai
