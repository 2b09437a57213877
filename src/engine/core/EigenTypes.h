#pragma once
// Eigen aliases shared by the engine. Every numeric class is a template on Scalar
// (float or double), chosen per run by the experiment's "dtype".
#include <Eigen/Core>

namespace kobai {

template <typename Scalar>
using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;

template <typename Scalar>
using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

enum class DType { Float64, Float32 };

} // namespace kobai
