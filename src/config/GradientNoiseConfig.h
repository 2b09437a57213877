#pragma once
// The measurement keys of a "gradient_noise" experiment (docs/experiments.md), read after
// its training keys: "batch_sizes" and "repeats", with located errors.
#include "ObjectReader.h"

#include "train/GradientNoise.h"

namespace kobai::config {

/// training: the experiment's training keys, read (its epochs train the weights first).
GradientNoiseSpec readGradientNoise(ObjectReader &root, TrainingSpec training);

/// The training experiment's JSON with the measurement keys added.
QJsonObject gradientNoiseToJson(const GradientNoiseSpec &spec, QJsonObject training);

} // namespace kobai::config
