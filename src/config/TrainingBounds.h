#pragma once
// What a training experiment may ask of the machine, checked while the file is read so
// that nothing is allocated for a request that cannot finish: the network's size, and an
// estimate of the work (multiply-adds) and memory of the whole run. The limits are in
// docs/experiments.md ("Limits").
#include "ObjectReader.h"

#include "train/GradientNoise.h"
#include "train/TrainingSpec.h"

namespace kobai::config {

/// At most this many hidden layers.
constexpr std::size_t maxHiddenLayers = 64;
/// At most this many weights and biases in the network.
constexpr double maxParameters = 1e8;
/// At most this many floating-point operations for the whole run (hours on a laptop).
constexpr double maxRunFlops = 1e15;
/// At most this many bytes for the parameters, the optimizer's state, one mini-batch's
/// activations and the data.
constexpr double maxRunBytes = 8.0 * 1024 * 1024 * 1024;

/// A gradient-noise experiment measures at most this many batch sizes.
constexpr std::size_t maxMeasuredBatchSizes = 64;

/// The size of a run as the engine will see it, estimated from the spec alone.
struct TrainingCost {
    double inputs = 0;
    double outputs = 0;
    double trainSamples = 0;
    double validationSamples = 0;
    double parameters = 0;
    double flops = 0; ///< forward + backward per training sample, forward per evaluated sample, all epochs
    double bytes = 0;
};

TrainingCost estimateCost(const TrainingSpec &spec);

/// Throws a ConfigError naming the field that asks too much.
void checkTrainingBounds(const ObjectReader &root, const TrainingSpec &spec);

/// The measurement after the training (checked by checkTrainingBounds): the full-batch and
/// per-sample gradients and repeats × Σ batch_sizes samples, within maxRunFlops; a
/// ConfigError names "repeats" otherwise.
void checkGradientNoiseBounds(const ObjectReader &root, const GradientNoiseSpec &spec, const TrainingCost &cost);

} // namespace kobai::config
