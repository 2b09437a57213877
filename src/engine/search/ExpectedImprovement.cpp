#include "search/ExpectedImprovement.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kobai {

double ExpectedImprovement::operator()(double mean, double sd) const
{
    if (!(sd > 0.0)) // no uncertainty left: a point already observed, nothing to expect
        return 0.0;
    const double improvement = best_ - mean - xi_;
    const double z = improvement / sd;
    const double cdf = 0.5 * std::erfc(-z / std::numbers::sqrt2);
    const double pdf = std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi);
    return std::max(0.0, improvement * cdf + sd * pdf); // ≥ 0 exactly; rounding can leave −1e-17
}

Eigen::VectorXd ExpectedImprovement::operator()(const Eigen::VectorXd &mean, const Eigen::VectorXd &sd) const
{
    Eigen::VectorXd ei(mean.size());
    for (Eigen::Index k = 0; k < mean.size(); ++k)
        ei(k) = (*this)(mean(k), sd(k));
    return ei;
}

} // namespace kobai
