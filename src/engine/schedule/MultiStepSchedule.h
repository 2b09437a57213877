#pragma once
// MultiStepLR (torch.optim.lr_scheduler, PyTorch 1.13), in its chainable form:
//   η_0 = η_base;  η_e = η_{e−1}·γ when e is a milestone, else η_{e−1}
// i.e. η_e = η_base·γ^(number of milestones ≤ e). Defaults: γ 0.1; milestones required.
// Source: torch/optim/lr_scheduler.py, MultiStepLR.get_lr.
#include "schedule/LearningRateSchedule.h"

#include <vector>

namespace kobai {

class MultiStepSchedule;

/// MultiStepLR: η ← η·γ at each milestone epoch.
struct MultiStepLROptions {
    std::vector<long> milestones; ///< required, increasing
    double gamma = 0.1;

    static constexpr const char *name = "MultiStepLR";
    static std::span<const OptionField<MultiStepLROptions>> fields();
    using Schedule = MultiStepSchedule;
};

class MultiStepSchedule final : public LearningRateSchedule {
public:
    MultiStepSchedule(const MultiStepLROptions &options, double baseRate);
    double rate() const override { return rate_; }
    void step(double metric) override;

private:
    MultiStepLROptions options_;
    double rate_;
    long epoch_ = 0;
};

} // namespace kobai
