#pragma once
// The interface of every learning-rate schedule: the rate in effect now, and a
// step once per epoch (training) or per step (trajectories), as PyTorch's
// scheduler.step(). Plateau schedules read the monitored metric; the others
// ignore it.
#include "schedule/ScheduleSpec.h"

#include <memory>

namespace kobai {

class LearningRateSchedule {
public:
    virtual ~LearningRateSchedule() = default;

    /// The rate in effect for the coming epoch or step.
    virtual double rate() const = 0;

    /// Advance by one epoch or step; metric is the monitored value
    /// (the validation loss in training, the function value in trajectories).
    virtual void step(double metric) = 0;
};

/// A rate that never changes: the default when an experiment names no scheduler.
class ConstantSchedule final : public LearningRateSchedule {
public:
    explicit ConstantSchedule(double rate) : rate_(rate) {}
    double rate() const override { return rate_; }
    void step(double) override {}

private:
    double rate_;
};

/// Builds the schedule a spec names, starting from baseRate (the optimizer's lr);
/// no spec gives a ConstantSchedule. Arguments are assumed valid (src/config checks them).
std::unique_ptr<LearningRateSchedule> makeSchedule(const OptionalScheduleSpec &spec, double baseRate);

} // namespace kobai
