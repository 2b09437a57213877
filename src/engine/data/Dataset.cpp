#include "data/Dataset.h"

namespace kobai {

Eigen::Index DataPart::size() const { return isImage() ? pixels.cols() : features.cols(); }

template <typename Scalar>
void DataPart::gatherFeatures(std::span<const Eigen::Index> rows, Matrix<Scalar> &out) const
{
    const auto count = static_cast<Eigen::Index>(rows.size());
    if (isImage()) {
        out.resize(pixels.rows(), count);
        const Scalar scale = Scalar(1) / Scalar(255);
        for (Eigen::Index j = 0; j < count; ++j)
            out.col(j) = pixels.col(rows[static_cast<std::size_t>(j)]).template cast<Scalar>() * scale;
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

template void DataPart::gatherFeatures<float>(std::span<const Eigen::Index>, Matrix<float> &) const;
template void DataPart::gatherFeatures<double>(std::span<const Eigen::Index>, Matrix<double> &) const;
template void DataPart::gatherTargets<float>(std::span<const Eigen::Index>, Matrix<float> &) const;
template void DataPart::gatherTargets<double>(std::span<const Eigen::Index>, Matrix<double> &) const;

} // namespace kobai
