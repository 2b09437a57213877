#pragma once
// SequentialLR (torch.optim.lr_scheduler, PyTorch 1.13): schedulers[0] runs from
// epoch 0; at milestone m_i the schedule schedulers[i] takes over, started afresh
// from the base rate (PyTorch calls its step(0), which restarts it from its
// closed form at epoch 0), and is stepped once per epoch from then on.
// Only the chainable schedules can be chained, as in PyTorch (ReduceLROnPlateau
// is not an _LRScheduler). Source: torch/optim/lr_scheduler.py, SequentialLR.step.
#include "schedule/LearningRateSchedule.h"

namespace kobai {

class SequentialSchedule final : public LearningRateSchedule {
public:
    SequentialSchedule(const SequentialLROptions &options, double baseRate);
    double rate() const override { return current_->rate(); }
    void step(double metric) override;

private:
    SequentialLROptions options_;
    double baseRate_;
    std::unique_ptr<LearningRateSchedule> current_;
    long epoch_ = 0;
};

} // namespace kobai
