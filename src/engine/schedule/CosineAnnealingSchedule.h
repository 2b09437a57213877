#pragma once
// CosineAnnealingLR (torch.optim.lr_scheduler, PyTorch 1.13) in the recursive form
// its get_lr() chains, with its own arithmetic so results agree to the last bits:
//   η_0 = η_base
//   η_e = η_{e−1} + (η_base − η_min)·(1 − cos(π/T_max))/2          when (e − 1 − T_max) mod 2·T_max = 0
//   η_e = (1 + cos(π·e/T_max)) / (1 + cos(π·(e − 1)/T_max))·(η_{e−1} − η_min) + η_min   otherwise
// Up to T_max this is η_min + (η_base − η_min)·(1 + cos(π·e/T_max))/2; past T_max the
// rate rises again, a cosine of period 2·T_max (PyTorch does not hold it at η_min).
// Defaults: η_min 0; T_max required. Source: torch/optim/lr_scheduler.py,
// CosineAnnealingLR.get_lr; Loshchilov & Hutter, "SGDR" (ICLR 2017).
#include "schedule/LearningRateSchedule.h"

namespace kobai {

class CosineAnnealingSchedule;

/// CosineAnnealingLR: half a cosine from the base rate down to eta_min over T_max epochs.
struct CosineAnnealingLROptions {
    long T_max = 0; ///< required
    double eta_min = 0.0;

    static constexpr const char *name = "CosineAnnealingLR";
    static std::span<const OptionField<CosineAnnealingLROptions>> fields();
    using Schedule = CosineAnnealingSchedule;
};

class CosineAnnealingSchedule final : public LearningRateSchedule {
public:
    CosineAnnealingSchedule(const CosineAnnealingLROptions &options, double baseRate);
    double rate() const override { return rate_; }
    void step(double metric) override;

private:
    CosineAnnealingLROptions options_;
    double baseRate_;
    double rate_;
    long epoch_ = 0;
};

} // namespace kobai
