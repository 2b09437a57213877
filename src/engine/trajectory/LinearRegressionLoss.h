#pragma once
// The loss of linear regression ŷ = w·x + b over the training part of a "linear" dataset,
// as a function of its two parameters: the landscape of the batch / stochastic / mini-batch
// lesson, where every path walks the same bowl and only the gradients differ.
//   L(w, b) = 1/N Σᵢ (w·xᵢ + b − tᵢ)²          a batch MEAN, as MeanSquaredError and torch's MSELoss
//   ∂L/∂w  = 2/N Σᵢ (w·xᵢ + b − tᵢ)·xᵢ,   ∂L/∂b = 2/N Σᵢ (w·xᵢ + b − tᵢ)
// A mini-batch gradient is the same mean over the batch's samples only. The samples are
// exactly those a training experiment with the same dataset and seed fits (same generator,
// split and standardisation), so a path here is that experiment's (w, b) update by update.
#include "data/DatasetSpec.h"

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace kobai {

class LinearRegressionLoss {
public:
    LinearRegressionLoss(const LinearDataOptions &data, std::uint64_t seed);

    Eigen::Index sampleCount() const { return static_cast<Eigen::Index>(x_.size()); }
    /// From the sample moments, so a 200 × 200 contour grid costs no more than a formula's.
    double value(double w, double b) const;
    std::array<double, 2> gradient(double w, double b) const;
    /// The gradient of the mean loss over the given training samples.
    std::array<double, 2> batchGradient(double w, double b, std::span<const Eigen::Index> rows) const;
    /// The least-squares solution: where the gradient is zero.
    std::array<double, 2> minimum() const;

private:
    std::vector<double> x_;
    std::vector<double> t_;
    // Means over the training samples of x², x, x·t, t and t².
    double meanXX_ = 0.0, meanX_ = 0.0, meanXT_ = 0.0, meanT_ = 0.0, meanTT_ = 0.0;
};

} // namespace kobai
