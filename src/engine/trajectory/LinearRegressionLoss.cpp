#include "trajectory/LinearRegressionLoss.h"

#include "data/SyntheticData.h"

namespace kobai {

LinearRegressionLoss::LinearRegressionLoss(const LinearDataOptions &data, std::uint64_t seed)
{
    const Dataset dataset = generateLinear(data, seed);
    const Eigen::Index n = dataset.train.size();
    x_.resize(static_cast<std::size_t>(n));
    t_.resize(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        const double x = dataset.train.features(0, i), t = dataset.train.targets(0, i);
        x_[static_cast<std::size_t>(i)] = x;
        t_[static_cast<std::size_t>(i)] = t;
        meanXX_ += x * x;
        meanX_ += x;
        meanXT_ += x * t;
        meanT_ += t;
        meanTT_ += t * t;
    }
    for (double *mean : {&meanXX_, &meanX_, &meanXT_, &meanT_, &meanTT_})
        *mean /= static_cast<double>(n);
}

double LinearRegressionLoss::value(double w, double b) const
{
    return w * w * meanXX_ + 2 * w * b * meanX_ + b * b - 2 * w * meanXT_ - 2 * b * meanT_ + meanTT_;
}

std::array<double, 2> LinearRegressionLoss::gradient(double w, double b) const
{
    return {2 * (w * meanXX_ + b * meanX_ - meanXT_), 2 * (w * meanX_ + b - meanT_)};
}

std::array<double, 2> LinearRegressionLoss::batchGradient(double w, double b, std::span<const Eigen::Index> rows) const
{
    double gw = 0.0, gb = 0.0;
    for (const Eigen::Index row : rows) {
        const auto i = static_cast<std::size_t>(row);
        const double residual = w * x_[i] + b - t_[i];
        gw += residual * x_[i];
        gb += residual;
    }
    const double scale = 2.0 / static_cast<double>(rows.size());
    return {scale * gw, scale * gb};
}

std::array<double, 2> LinearRegressionLoss::minimum() const
{
    // The normal equations [E x², E x; E x, 1]·(w, b) = (E x·t, E t).
    const double w = (meanXT_ - meanX_ * meanT_) / (meanXX_ - meanX_ * meanX_);
    return {w, meanT_ - w * meanX_};
}

} // namespace kobai
