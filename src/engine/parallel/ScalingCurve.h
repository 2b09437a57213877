#pragma once
// The speed-up of data-parallel SGD against the number of workers K, under the
// communication cost model (NetworkCost.h; docs/experiments.md › scaling). Weak scaling:
// each of the K workers computes the gradient of its own batch of B samples in t_c, then
// the K gradients of S bytes each are exchanged:
//
//   t(K)        = t_c + comm(K, S)        (K = 1: no communication)
//   speed-up(K) = K·t_c / t(K)            (samples per second against one worker's B/t_c)
//   efficiency  = speed-up(K) / K = t_c / t(K)
//
// S = P·sizeof(dtype) for a model of P parameters, or with top-k compression the sparse
// payload as TopKSparsifier counts it (k values and k 32-bit indices). t_c is either
// stated (compute_seconds) or measured on this machine: real forward and backward passes
// of one worker on B samples of the data, a few warm-up passes, then the median.
#include "data/Dataset.h"
#include "parallel/DataParallelSpec.h"
#include "train/TrainingRun.h"
#include "train/TrainingSpec.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace kobai {

struct ScalingSpec {
    /// The data, model, dtype, seed and threads of one worker; batch_size is per worker.
    TrainingSpec training;
    /// Each in [1, maxScalingWorkers], increasing.
    std::vector<int> workers = defaultScalingWorkers();
    NetworkSpec network;
    /// t_c in seconds (> 0); none: measured.
    std::optional<double> compute_seconds;
    std::optional<CompressionSpec> compression; ///< none: every worker sends its whole gradient

    /// 1, 2, 4, … 1024.
    static std::vector<int> defaultScalingWorkers();
};

/// The most workers the model is asked about: far beyond any machine, it is a formula.
constexpr int maxScalingWorkers = 65536;

struct ScalingRow {
    int workers = 0;
    double compute_seconds = 0.0;       ///< t_c
    double communication_seconds = 0.0; ///< comm(K, S), 0 at K = 1
    double update_seconds = 0.0;        ///< t(K)
    double samples_per_second = 0.0;    ///< K·B / t(K)
    double speedup = 0.0;               ///< K·t_c / t(K)
    double efficiency = 0.0;            ///< t_c / t(K)
};

struct ScalingResult {
    RunStatus status = RunStatus::Finished; ///< or Cancelled during the measurement
    std::string message;
    long long parameters = 0;         ///< P
    double bytes_per_worker = 0.0;    ///< S
    double compute_seconds = 0.0;     ///< t_c
    bool compute_measured = false;    ///< t_c measured here rather than stated
    int compute_passes = 0;           ///< timed passes behind the median (0 when stated)
    std::vector<ScalingRow> rows;     ///< one per K, in the spec's order
};

/// S for P parameters of the given dtype, with the spec's compression.
double scalingPayloadBytes(const ScalingSpec &spec, long long parameters);

/// The curve for P parameters and a t_c: formulas only. Throws std::invalid_argument for
/// t_c ≤ 0, an empty or unordered workers list or a worker count outside [1, 65536].
ScalingResult scalingCurve(const ScalingSpec &spec, long long parameters, double computeSeconds);

/// P from the model and the data; t_c stated or measured (< 0.3 s of passes); then the
/// curve. cancel (optional) is checked between passes.
ScalingResult runScaling(const ScalingSpec &spec, const Dataset &data, const std::atomic<bool> *cancel = nullptr);

} // namespace kobai
