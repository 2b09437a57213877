#pragma once
// How noisy the mini-batch gradient is at fixed weights, for several batch sizes B (the
// batch-size lesson's variance ∝ 1/B, measured). The weights are the training
// experiment's after its `epochs` epochs (0: its initial weights). At those weights, with
// the N training samples' gradients gᵢ of the data loss (no penalty, dropout off, the
// data as they are: no augmentation) and the full-batch gradient ḡ = (1/N) Σᵢ gᵢ:
//
//   g_B  = (1/B) Σ_{i∈S} gᵢ, S a set of B distinct samples drawn uniformly (without
//          replacement within the batch; every batch drawn afresh)
//   V(B) = E‖g_B − ḡ‖², estimated by the mean over R batches
//
// and the exact value it estimates, the variance of a mean of B draws without
// replacement from a finite population (Cochran, Sampling Techniques, 3rd ed. 1977,
// Theorem 2.2, summed over the coordinates):
//
//   V(B) = (σ²/B)·(N − B)/(N − 1),  σ² = (1/N) Σᵢ ‖gᵢ − ḡ‖²
//
// so V ∝ 1/B while B ≪ N, and V = 0 at B = N, where every batch is the whole set (its
// rows are taken in index order and summed in the same chunks as ḡ: exactly 0).
// Throughput is R·B samples over the time of the R batches' gathers, forward and
// backward passes, in the experiment's dtype and threads.
#include "data/Dataset.h"
#include "train/TrainingRun.h"
#include "train/TrainingSpec.h"

#include <atomic>
#include <string>
#include <vector>

namespace kobai {

struct GradientNoiseSpec {
    /// The data, model, seed, dtype and threads; its epochs (0 = none) train the weights first.
    TrainingSpec training;
    /// Each in [1, N], increasing.
    std::vector<long> batch_sizes;
    /// Batches R drawn per batch size, ≥ 2.
    long repeats = 100;
};

struct GradientNoiseRow {
    long batch_size = 0;
    long repeats = 0;
    double gradient_variance = 0.0;        ///< mean over the R batches of ‖g_B − ḡ‖²
    double variance_standard_error = 0.0;  ///< standard deviation of ‖g_B − ḡ‖² over the batches / √R
    double predicted_variance = 0.0;       ///< (σ²/B)·(N − B)/(N − 1)
    double finite_population_factor = 0.0; ///< (N − B)/(N − 1)
    double mean_gradient_norm = 0.0;       ///< ‖(1/R) Σ g_B‖, near ‖ḡ‖: g_B is unbiased
    double mean_deviation = 0.0;           ///< ‖(1/R) Σ g_B − ḡ‖, about √(V(B)/R)
    double samples_per_second = 0.0;
};

struct GradientNoiseResult {
    /// Finished; or Diverged/Cancelled (the training before the measurement, or a cancel
    /// during it: the rows measured so far are kept).
    RunStatus status = RunStatus::Finished;
    std::string message;
    long long samples = 0;           ///< N
    double full_gradient_norm = 0.0; ///< ‖ḡ‖
    double sample_variance = 0.0;    ///< σ²
    std::vector<GradientNoiseRow> rows; ///< one per batch size, in the spec's order
};

/// Trains for spec.training.epochs (the observer sees that run), then measures; cancel
/// (optional) is checked between batches. Throws std::invalid_argument for a batch size
/// outside [1, N] or fewer than 2 repeats (src/config refuses them first, located).
GradientNoiseResult measureGradientNoise(const GradientNoiseSpec &spec, const Dataset &data,
                                         TrainingObserver &observer, const std::atomic<bool> *cancel = nullptr);

} // namespace kobai
