#include "schedule/PlateauSchedule.h"

#include <algorithm>
#include <limits>

namespace kobai {

std::span<const OptionField<ReduceLROnPlateauOptions>> ReduceLROnPlateauOptions::fields()
{
    static const OptionField<ReduceLROnPlateauOptions> fields[] = {
        {"factor", &ReduceLROnPlateauOptions::factor, ValueRange::above(0).upTo(1, false)},
        {"patience", &ReduceLROnPlateauOptions::patience, ValueRange::integerAtLeast(0)},
        {"threshold", &ReduceLROnPlateauOptions::threshold, scheduleRange::nonNegative},
        {"cooldown", &ReduceLROnPlateauOptions::cooldown, ValueRange::integerAtLeast(0)},
        {"min_lr", &ReduceLROnPlateauOptions::min_lr, scheduleRange::nonNegative},
        {"eps", &ReduceLROnPlateauOptions::eps, scheduleRange::nonNegative},
    };
    return fields;
}

PlateauSchedule::PlateauSchedule(const ReduceLROnPlateauOptions &options, double baseRate)
    : options_(options), rate_(baseRate),
      best_(options.mode == PlateauMode::Min ? std::numeric_limits<double>::infinity()
                                             : -std::numeric_limits<double>::infinity())
{
}

bool PlateauSchedule::isBetter(double metric) const
{
    const double t = options_.threshold;
    const bool relative = options_.threshold_mode == ThresholdMode::Rel;
    if (options_.mode == PlateauMode::Min)
        return relative ? metric < best_ * (1. - t) : metric < best_ - t;
    return relative ? metric > best_ * (t + 1.) : metric > best_ + t;
}

void PlateauSchedule::step(double metric)
{
    if (isBetter(metric)) {
        best_ = metric;
        badEpochs_ = 0;
    } else {
        ++badEpochs_;
    }
    if (cooldownLeft_ > 0) {
        --cooldownLeft_;
        badEpochs_ = 0;
    }
    if (badEpochs_ > options_.patience) {
        const double reduced = std::max(rate_ * options_.factor, options_.min_lr);
        if (rate_ - reduced > options_.eps)
            rate_ = reduced;
        cooldownLeft_ = options_.cooldown;
        badEpochs_ = 0;
    }
}

} // namespace kobai
