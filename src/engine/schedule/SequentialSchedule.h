#pragma once
// SequentialLR (torch.optim.lr_scheduler, PyTorch 1.13): schedulers[0] runs from
// epoch 0; at milestone m_i the schedule schedulers[i] takes over, started afresh
// from the base rate (PyTorch calls its step(0), which restarts it from its
// closed form at epoch 0), and is stepped once per epoch from then on.
// Only the chainable schedules can be chained, as in PyTorch (ReduceLROnPlateau
// is not an _LRScheduler). Source: torch/optim/lr_scheduler.py, SequentialLR.step.
#include "schedule/ChainableScheduleSpec.h"

#include <memory>
#include <vector>

namespace kobai {

class SequentialSchedule;

/// SequentialLR: schedulers[i] runs from milestones[i − 1] on, restarted from the base rate.
struct SequentialLROptions {
    std::vector<ChainableScheduleSpec> schedulers; ///< required, at least one
    std::vector<long> milestones;                  ///< required, schedulers.size() − 1 increasing epochs

    static constexpr const char *name = "SequentialLR";
    /// milestones; the chained schedulers are objects of their own (src/config reads them).
    static std::span<const OptionField<SequentialLROptions>> fields();
    using Schedule = SequentialSchedule;
};

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
