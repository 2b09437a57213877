#pragma once
// A training experiment as plain data, every default defined once; src/config
// fills it from a file and checks the ranges.
#include "core/EigenTypes.h"
#include "data/DatasetSpec.h"
#include "model/ModelSpec.h"
#include "optim/OptimizerSpec.h"
#include "parallel/DataParallelSpec.h"
#include "schedule/ScheduleSpec.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace kobai {

/// Penalties on weights (not biases): l2/2·‖W‖² + l1·‖W‖₁, added to the loss being minimised.
struct RegularizationSpec {
    double l2 = 0.0;
    double l1 = 0.0;
};

/// Stop when the validation loss has not improved by more than min_delta for
/// patience epochs; optionally return to the best weights seen.
struct EarlyStoppingSpec {
    int patience = 5;
    double min_delta = 0.0;
    bool restore_best = true;
};

/// Per-layer statistics (LayerStatistics.h) at these epochs (0: before the first
/// update), on the first min(1024, N) training samples; no epochs: every epoch.
struct LayerStatsSpec {
    std::vector<int> epochs;
};

/// Changes to the inputs of each training mini-batch, never to the evaluation passes
/// (data/BatchAugmentation.h).
struct AugmentationSpec {
    /// Square images only: move each by up to `shift` pixels in each direction, zero fill.
    int shift = 0;
    /// Square images only: mirror each left–right with probability ½.
    bool flip = false;
    /// σ of the Gaussian noise added to every input (any data).
    double input_noise = 0.0;
};

struct TrainingSpec {
    std::uint64_t seed = 0;
    DatasetSpec dataset = MoonsDataOptions{};
    ModelSpec model;
    /// 0 = batch gradient descent (one update per epoch), 1 = pure SGD, B = mini-batches of B.
    long batch_size = 32;
    int epochs = 20;
    DType dtype = DType::Float64;
    /// Threads sharing the large matrix products (1 = the caller only). A seed and a
    /// thread count always give the same results.
    int threads = 1;
    OptimizerSpec optimizer = SgdOptions{};
    OptionalScheduleSpec scheduler; ///< none: the optimizer's rate throughout
    RegularizationSpec regularization;
    std::optional<double> clip_grad_norm;
    std::optional<double> clip_grad_value;
    std::optional<EarlyStoppingSpec> early_stopping;
    std::optional<LayerStatsSpec> layer_stats; ///< none: no layer statistics
    AugmentationSpec augmentation;
    /// none: one worker, as before data parallelism; batch_size is then per worker.
    std::optional<DataParallelSpec> data_parallel;
};

} // namespace kobai
