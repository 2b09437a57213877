#pragma once
// The interface of every learning-rate schedule: the rate in effect now, and a
// step once per epoch (training) or per step (trajectories), as PyTorch's
// scheduler.step(). Plateau schedules read the monitored metric; the others
// ignore it. A schedule is one unit (its header): its options struct with the
// defaults, the field table, PyTorch's name, and the class; the lists in
// ChainableScheduleSpec.h and ScheduleSpec.h are the only other places it is named.
#include "core/OptionField.h"

#include <span>

namespace kobai {

/// Accepted ranges the schedules share.
namespace scheduleRange {
inline constexpr ValueRange positive = ValueRange::above(0);
inline constexpr ValueRange nonNegative = ValueRange::atLeast(0);
/// A number of epochs (or steps): an integer ≥ 1.
inline constexpr ValueRange epochCount = ValueRange::integerAtLeast(1);
} // namespace scheduleRange

class LearningRateSchedule {
public:
    virtual ~LearningRateSchedule() = default;

    /// The rate in effect for the coming epoch or step.
    virtual double rate() const = 0;

    /// Advance by one epoch or step; metric is the monitored value
    /// (the validation loss in training, the function value in trajectories).
    virtual void step(double metric) = 0;
};

} // namespace kobai
