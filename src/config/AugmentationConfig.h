#pragma once
// The keys of a training experiment that change its training batches (docs/experiments.md):
// "augment" {shift, flip} and "input_noise", with located errors.
#include "ObjectReader.h"

#include "train/TrainingSpec.h"

namespace kobai::config {

/// Reads them into spec, whose dataset is already read (only images take "augment").
void readAugmentation(ObjectReader &root, TrainingSpec &spec);

/// Writes them into a training experiment's JSON ("augment" only for Fashion-MNIST, so
/// that the JSON reads back).
void writeAugmentation(QJsonObject &out, const TrainingSpec &spec);

} // namespace kobai::config
