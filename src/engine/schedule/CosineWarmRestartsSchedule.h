#pragma once
// CosineAnnealingWarmRestarts (torch.optim.lr_scheduler, PyTorch 1.13):
//   η = η_min + (η_base − η_min)·(1 + cos(π·T_cur/T_i))/2
// T_cur counts epochs since the last restart; when it reaches T_i it restarts at 0
// and T_i ← T_i·T_mult (T_i starts at T_0). Defaults: T_mult 1, η_min 0; T_0 required.
// Source: torch/optim/lr_scheduler.py, CosineAnnealingWarmRestarts.step/get_lr;
// Loshchilov & Hutter, "SGDR" (ICLR 2017).
#include "schedule/LearningRateSchedule.h"

namespace kobai {

class CosineWarmRestartsSchedule;

/// CosineAnnealingWarmRestarts: cosine annealing restarted every T_i epochs, T_i ← T_i·T_mult.
struct CosineAnnealingWarmRestartsOptions {
    long T_0 = 0; ///< required
    long T_mult = 1;
    double eta_min = 0.0;

    static constexpr const char *name = "CosineAnnealingWarmRestarts";
    static std::span<const OptionField<CosineAnnealingWarmRestartsOptions>> fields();
    using Schedule = CosineWarmRestartsSchedule;
};

class CosineWarmRestartsSchedule final : public LearningRateSchedule {
public:
    CosineWarmRestartsSchedule(const CosineAnnealingWarmRestartsOptions &options, double baseRate);
    double rate() const override;
    void step(double metric) override;

private:
    CosineAnnealingWarmRestartsOptions options_;
    double baseRate_;
    long cycleLength_; ///< T_i
    long sinceRestart_ = 0; ///< T_cur
};

} // namespace kobai
