#pragma once
// Data augmentation and noise injection on a training mini-batch (inputs × B, samples as
// columns) once it is gathered: the dataset, shared read-only between runs (DatasetCache),
// never changes, and evaluation passes see the data as they are. For each sample, in
// batch order:
//   flip  — with probability ½, mirror the image left–right: x′(r, c) = x(r, w − 1 − c);
//   shift — draw dy and dx uniformly from {−k, …, k} and move the image by them, filling
//           with zeros: x′(r, c) = x(r − dy, c − dx), 0 where that lies outside the image
//           (the shifts of torchvision's RandomCrop(28, padding=k));
//   noise — add σ·ε, ε ~ N(0, 1), to every input, after the flip and shift (not clipped
//           to [0, 1]: the noise keeps its mean 0).
// Images are square, side² inputs stored row by row as in the IDX files. The draws come
// from the seed's Augmentation and InputNoise streams (so noise stays the same when the
// flips are turned off), on the caller's thread one sample after another: a seed gives
// the same batches whatever the thread count.
#include "core/EigenTypes.h"
#include "core/Random.h"
#include "data/Dataset.h"
#include "train/TrainingSpec.h"

#include <cstdint>

namespace kobai {

class BatchAugmentation {
public:
    /// train is the part the batches come from. Throws std::invalid_argument when a shift
    /// or flip is asked of samples that are not square images, for a shift < 0 or ≥ their
    /// side, or an input_noise < 0 or not finite.
    BatchAugmentation(const AugmentationSpec &spec, const DataPart &train, std::uint64_t seed);

    /// Whether apply() changes anything (flips, shifts or noise asked for).
    bool active() const { return spec_.flip || spec_.shift != 0 || spec_.input_noise != 0.0; }
    /// Changes the batch in place, drawing from this run's streams.
    template <typename Scalar>
    void apply(Matrix<Scalar> &batch);

private:
    AugmentationSpec spec_;
    Eigen::Index side_ = 0; ///< of the square images (0: not images)
    Random augmentRandom_;
    Random noiseRandom_;
};

} // namespace kobai
