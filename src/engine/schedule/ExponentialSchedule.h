#pragma once
// ExponentialLR (torch.optim.lr_scheduler, PyTorch 1.13), in its chainable form:
//   η_0 = η_base;  η_e = η_{e−1}·γ
// i.e. η_e = η_base·γ^e. γ is required (PyTorch has no default).
// Source: torch/optim/lr_scheduler.py, ExponentialLR.get_lr.
#include "schedule/LearningRateSchedule.h"

namespace kobai {

class ExponentialSchedule;

/// ExponentialLR: η ← η·γ every epoch.
struct ExponentialLROptions {
    double gamma = 0.0; ///< required

    static constexpr const char *name = "ExponentialLR";
    static std::span<const OptionField<ExponentialLROptions>> fields();
    using Schedule = ExponentialSchedule;
};

class ExponentialSchedule final : public LearningRateSchedule {
public:
    ExponentialSchedule(const ExponentialLROptions &options, double baseRate) : gamma_(options.gamma), rate_(baseRate)
    {
    }
    double rate() const override { return rate_; }
    void step(double metric) override;

private:
    double gamma_;
    double rate_;
};

} // namespace kobai
