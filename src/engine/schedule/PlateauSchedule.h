#pragma once
// ReduceLROnPlateau (torch.optim.lr_scheduler, PyTorch 1.13). After each epoch the
// metric m is compared with the best so far:
//   better: m < best·(1 − threshold) (min, rel), m < best − threshold (min, abs),
//           m > best·(1 + threshold) (max, rel), m > best + threshold (max, abs)
// A better m becomes the best and clears the count of bad epochs; otherwise the count
// grows. During a cooldown the count is held at 0. When the count exceeds patience:
//   η ← max(η·factor, min_lr), applied only if it lowers η by more than eps;
// then the cooldown starts and the count is cleared.
// Defaults: mode min, factor 0.1, patience 10, threshold 1e-4, threshold_mode rel,
// cooldown 0, min_lr 0, eps 1e-8. Source: torch/optim/lr_scheduler.py, ReduceLROnPlateau.
#include "schedule/LearningRateSchedule.h"

namespace kobai {

class PlateauSchedule final : public LearningRateSchedule {
public:
    PlateauSchedule(const ReduceLROnPlateauOptions &options, double baseRate);
    double rate() const override { return rate_; }
    void step(double metric) override;

private:
    bool isBetter(double metric) const;

    ReduceLROnPlateauOptions options_;
    double rate_;
    double best_;
    long badEpochs_ = 0;
    long cooldownLeft_ = 0;
};

} // namespace kobai
