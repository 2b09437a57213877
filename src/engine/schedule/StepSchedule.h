#pragma once
// StepLR (torch.optim.lr_scheduler, PyTorch 1.13), in its chainable form:
//   η_0 = η_base;  η_e = η_{e−1}·γ when e mod step_size = 0, else η_{e−1}
// i.e. η_e = η_base·γ^⌊e / step_size⌋. Defaults: γ 0.1; step_size required.
// Source: torch/optim/lr_scheduler.py, StepLR.get_lr.
#include "schedule/LearningRateSchedule.h"

namespace kobai {

class StepSchedule;

/// StepLR: η ← η·γ every step_size epochs.
struct StepLROptions {
    long step_size = 0; ///< required
    double gamma = 0.1;

    static constexpr const char *name = "StepLR";
    static std::span<const OptionField<StepLROptions>> fields();
    using Schedule = StepSchedule;
};

class StepSchedule final : public LearningRateSchedule {
public:
    StepSchedule(const StepLROptions &options, double baseRate);
    double rate() const override { return rate_; }
    void step(double metric) override;

private:
    StepLROptions options_;
    double rate_;
    long epoch_ = 0;
};

} // namespace kobai
