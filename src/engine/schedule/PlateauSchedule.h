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

class PlateauSchedule;

enum class PlateauMode { Min, Max };
enum class ThresholdMode { Rel, Abs };

/// ReduceLROnPlateau: η ← max(η·factor, min_lr) after more than patience epochs
/// without improvement of the monitored metric.
struct ReduceLROnPlateauOptions {
    PlateauMode mode = PlateauMode::Min;
    double factor = 0.1;
    long patience = 10;
    double threshold = 1e-4;
    ThresholdMode threshold_mode = ThresholdMode::Rel;
    long cooldown = 0;
    double min_lr = 0.0;
    double eps = 1e-8;

    static constexpr const char *name = "ReduceLROnPlateau";
    /// The numeric arguments; mode and threshold_mode are words (src/config reads them).
    static std::span<const OptionField<ReduceLROnPlateauOptions>> fields();
    using Schedule = PlateauSchedule;
};

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
