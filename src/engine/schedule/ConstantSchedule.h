#pragma once
// A rate that never changes: the default when an experiment names no scheduler.
#include "schedule/LearningRateSchedule.h"

namespace kobai {

class ConstantSchedule final : public LearningRateSchedule {
public:
    explicit ConstantSchedule(double rate) : rate_(rate) {}
    double rate() const override { return rate_; }
    void step(double) override {}

private:
    double rate_;
};

} // namespace kobai
