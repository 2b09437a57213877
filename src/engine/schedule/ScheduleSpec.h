#pragma once
// What a learner can ask for: one options struct per learning-rate schedule, each
// default defined here once. Names and arguments are PyTorch 1.13's
// (torch.optim.lr_scheduler); an argument PyTorch requires has no default here
// either, and src/config refuses a file that leaves it out.
#include <optional>
#include <variant>
#include <vector>

namespace kobai {

/// StepLR: η ← η·γ every step_size epochs.
struct StepLROptions {
    long step_size = 0; ///< required
    double gamma = 0.1;
};

/// MultiStepLR: η ← η·γ at each milestone epoch.
struct MultiStepLROptions {
    std::vector<long> milestones; ///< required, increasing
    double gamma = 0.1;
};

/// ExponentialLR: η ← η·γ every epoch.
struct ExponentialLROptions {
    double gamma = 0.0; ///< required
};

/// CosineAnnealingLR: half a cosine from the base rate down to eta_min over T_max epochs.
struct CosineAnnealingLROptions {
    long T_max = 0; ///< required
    double eta_min = 0.0;
};

/// CosineAnnealingWarmRestarts: cosine annealing restarted every T_i epochs, T_i ← T_i·T_mult.
struct CosineAnnealingWarmRestartsOptions {
    long T_0 = 0; ///< required
    long T_mult = 1;
    double eta_min = 0.0;
};

/// LinearLR: the factor goes linearly from start_factor to end_factor over total_iters epochs.
struct LinearLROptions {
    double start_factor = 1.0 / 3.0;
    double end_factor = 1.0;
    long total_iters = 5;
};

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
};

/// A schedule SequentialLR can chain: any but SequentialLR and ReduceLROnPlateau (as PyTorch).
using ChainableScheduleSpec = std::variant<StepLROptions, MultiStepLROptions, ExponentialLROptions,
                                           CosineAnnealingLROptions, CosineAnnealingWarmRestartsOptions,
                                           LinearLROptions>;

/// SequentialLR: schedulers[i] runs from milestones[i − 1] on, restarted from the base rate.
struct SequentialLROptions {
    std::vector<ChainableScheduleSpec> schedulers; ///< required, at least one
    std::vector<long> milestones;                  ///< required, schedulers.size() − 1 increasing epochs
};

/// The alternatives in the order of ChainableScheduleSpec, then the two that cannot be chained.
using ScheduleSpec = std::variant<StepLROptions, MultiStepLROptions, ExponentialLROptions, CosineAnnealingLROptions,
                                  CosineAnnealingWarmRestartsOptions, LinearLROptions, SequentialLROptions,
                                  ReduceLROnPlateauOptions>;

/// The same schedule as an alternative of ScheduleSpec.
inline ScheduleSpec toScheduleSpec(const ChainableScheduleSpec &spec)
{
    return std::visit([](const auto &options) { return ScheduleSpec{options}; }, spec);
}

/// No scheduler: the optimizer's rate throughout.
using OptionalScheduleSpec = std::optional<ScheduleSpec>;

} // namespace kobai
