#include "schedule/CosineAnnealingSchedule.h"

#include <cmath>
#include <numbers>

namespace kobai {

std::span<const OptionField<CosineAnnealingLROptions>> CosineAnnealingLROptions::fields()
{
    static const OptionField<CosineAnnealingLROptions> fields[] = {
        {"T_max", &CosineAnnealingLROptions::T_max, scheduleRange::epochCount, true},
        {"eta_min", &CosineAnnealingLROptions::eta_min, scheduleRange::nonNegative},
    };
    return fields;
}

CosineAnnealingSchedule::CosineAnnealingSchedule(const CosineAnnealingLROptions &options, double baseRate)
    : options_(options), baseRate_(baseRate), rate_(baseRate)
{
}

void CosineAnnealingSchedule::step(double)
{
    ++epoch_;
    const double pi = std::numbers::pi;
    const auto tMax = static_cast<double>(options_.T_max);
    const double etaMin = options_.eta_min;
    if ((epoch_ - 1 - options_.T_max) % (2 * options_.T_max) == 0) {
        rate_ = rate_ + (baseRate_ - etaMin) * (1 - std::cos(pi / tMax)) / 2;
        return;
    }
    const auto e = static_cast<double>(epoch_);
    rate_ = (1 + std::cos(pi * e / tMax)) / (1 + std::cos(pi * (e - 1) / tMax)) * (rate_ - etaMin) + etaMin;
}

} // namespace kobai
