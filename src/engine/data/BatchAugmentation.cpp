#include "data/BatchAugmentation.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <string>

namespace kobai {

namespace {

/// The side of a square image of `pixels` pixels, or 0 when there is none.
Eigen::Index squareSide(const DataPart &part)
{
    if (!part.isImage())
        return 0;
    const auto side = static_cast<Eigen::Index>(std::lround(std::sqrt(static_cast<double>(part.pixels.rows()))));
    return side * side == part.pixels.rows() ? side : 0;
}

} // namespace

BatchAugmentation::BatchAugmentation(const AugmentationSpec &spec, const DataPart &train, std::uint64_t seed)
    : spec_(spec), side_(squareSide(train)), augmentRandom_(seed, RandomStream::Augmentation),
      noiseRandom_(seed, RandomStream::InputNoise)
{
    if (!(spec.input_noise >= 0.0 && std::isfinite(spec.input_noise)))
        throw std::invalid_argument("input_noise " + std::to_string(spec.input_noise) + ": expected a finite σ ≥ 0");
    if ((spec.shift != 0 || spec.flip) && side_ == 0)
        throw std::invalid_argument("augment (shift, flip) needs square images; these samples have " +
                                    std::to_string(train.isImage() ? train.pixels.rows() : train.features.rows()) +
                                    " inputs, not the pixels of a square image");
    if (spec.shift < 0 || (spec.shift > 0 && spec.shift >= side_))
        throw std::invalid_argument("augment shift " + std::to_string(spec.shift) + ": expected 0 … " +
                                    std::to_string(side_ - 1) + " for images of side " + std::to_string(side_));
}

template <typename Scalar>
void BatchAugmentation::apply(Matrix<Scalar> &batch)
{
    using Image = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    if (spec_.shift > 0 || spec_.flip) {
        const Eigen::Index k = spec_.shift;
        Image moved(side_, side_);
        for (Eigen::Index j = 0; j < batch.cols(); ++j) {
            Eigen::Map<Image> image(batch.col(j).data(), side_, side_);
            if (spec_.flip && augmentRandom_.below(2) == 1)
                image.rowwise().reverseInPlace();
            if (k == 0)
                continue;
            const auto dy = static_cast<Eigen::Index>(augmentRandom_.below(static_cast<std::uint64_t>(2 * k + 1))) - k;
            const auto dx = static_cast<Eigen::Index>(augmentRandom_.below(static_cast<std::uint64_t>(2 * k + 1))) - k;
            const Eigen::Index rows = side_ - std::abs(dy);
            const Eigen::Index cols = side_ - std::abs(dx);
            moved.setZero();
            moved.block(std::max<Eigen::Index>(dy, 0), std::max<Eigen::Index>(dx, 0), rows, cols) =
                image.block(std::max<Eigen::Index>(-dy, 0), std::max<Eigen::Index>(-dx, 0), rows, cols);
            image = moved;
        }
    }
    if (spec_.input_noise > 0.0) {
        const Scalar sigma = static_cast<Scalar>(spec_.input_noise);
        for (Eigen::Index j = 0; j < batch.cols(); ++j)
            for (Eigen::Index i = 0; i < batch.rows(); ++i)
                batch(i, j) += sigma * static_cast<Scalar>(noiseRandom_.normal());
    }
}

template void BatchAugmentation::apply<float>(Matrix<float> &);
template void BatchAugmentation::apply<double>(Matrix<double> &);

} // namespace kobai
