#pragma once
// LinearLR (torch.optim.lr_scheduler, PyTorch 1.13), in its chainable form:
//   η_0 = η_base·s
//   η_e = η_{e−1}·(1 + (f − s) / (n·s + (e − 1)·(f − s)))   for 1 ≤ e ≤ n
//   η_e = η_{e−1}                                            for e > n
// i.e. η_e = η_base·(s + (f − s)·min(e, n)/n), with s = start_factor, f = end_factor,
// n = total_iters. Defaults: s 1/3, f 1, n 5. Source: torch/optim/lr_scheduler.py, LinearLR.get_lr.
#include "schedule/LearningRateSchedule.h"

namespace kobai {

class LinearSchedule;

/// LinearLR: the factor goes linearly from start_factor to end_factor over total_iters epochs.
struct LinearLROptions {
    double start_factor = 1.0 / 3.0;
    double end_factor = 1.0;
    long total_iters = 5;

    static constexpr const char *name = "LinearLR";
    static std::span<const OptionField<LinearLROptions>> fields();
    using Schedule = LinearSchedule;
};

class LinearSchedule final : public LearningRateSchedule {
public:
    LinearSchedule(const LinearLROptions &options, double baseRate);
    double rate() const override { return rate_; }
    void step(double metric) override;

private:
    LinearLROptions options_;
    double rate_;
    long epoch_ = 0;
};

} // namespace kobai
