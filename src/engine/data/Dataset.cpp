#include "data/Dataset.h"

namespace kobai {

Eigen::Index DataPart::size() const { return isImage() ? pixels.cols() : features.cols(); }

namespace {

/// Image batches from this many pixels up are gathered by the whole team, each part
/// taking the same rows (pixels) of every sample as the first layer's products do:
/// most of the time goes to cache misses on the scattered samples, which two cores
/// overlap, and each core then finds its rows in its own cache.
constexpr Eigen::Index splitPixels = 16 * 1024;

} // namespace

template <typename Scalar>
void DataPart::gatherFeatures(std::span<const Eigen::Index> rows, Matrix<Scalar> &out, ThreadTeam *team) const
{
    const auto count = static_cast<Eigen::Index>(rows.size());
    if (isImage()) {
        out.resize(pixels.rows(), count);
        const Scalar scale = Scalar(1) / Scalar(255);
        auto pixelRows = [&](Eigen::Index first, Eigen::Index size) {
            for (Eigen::Index j = 0; j < count; ++j)
                out.col(j).segment(first, size) =
                    pixels.col(rows[static_cast<std::size_t>(j)]).segment(first, size).template cast<Scalar>() * scale;
        };
        if (!team || out.size() < splitPixels) {
            pixelRows(0, pixels.rows());
            return;
        }
        team->run([&](int part) {
            const auto [first, size] = team->share(pixels.rows(), part, featureAlign);
            pixelRows(first, size);
        });
    } else {
        out.resize(features.rows(), count);
        for (Eigen::Index j = 0; j < count; ++j)
            out.col(j) = features.col(rows[static_cast<std::size_t>(j)]).template cast<Scalar>();
    }
}

template <typename Scalar>
void DataPart::gatherTargets(std::span<const Eigen::Index> rows, Matrix<Scalar> &out) const
{
    const auto count = static_cast<Eigen::Index>(rows.size());
    out.resize(targets.rows(), count);
    for (Eigen::Index j = 0; j < count; ++j)
        out.col(j) = targets.col(rows[static_cast<std::size_t>(j)]).template cast<Scalar>();
}

template void DataPart::gatherFeatures<float>(std::span<const Eigen::Index>, Matrix<float> &, ThreadTeam *) const;
template void DataPart::gatherFeatures<double>(std::span<const Eigen::Index>, Matrix<double> &, ThreadTeam *) const;
template void DataPart::gatherTargets<float>(std::span<const Eigen::Index>, Matrix<float> &) const;
template void DataPart::gatherTargets<double>(std::span<const Eigen::Index>, Matrix<double> &) const;

} // namespace kobai
