#pragma once
// Expected improvement for minimisation (Jones, Schonlau & Welch 1998, eq. 15; Mockus 1978):
// how much, on average, a trial at x would beat the best value seen so far, under the
// Gaussian process's belief f(x) ~ N(μ, σ²):
//
//   EI(x) = (f* − μ − ξ)·Φ(z) + σ·φ(z),   z = (f* − μ − ξ)/σ,   EI = 0 when σ = 0
//
// f* is the incumbent: the best (lowest) objective observed among finished trials. ξ ≥ 0
// (default 0) asks for an improvement of at least ξ, leaning towards exploration. The
// first term rewards a low mean (exploitation), the second a large σ (exploration).
// limbo's acqui/ei.hpp and BayesOpt's criteria_ei.hpp compute the same.
#include <Eigen/Core>

namespace kobai {

class ExpectedImprovement {
public:
    explicit ExpectedImprovement(double best, double xi = 0.0) : best_(best), xi_(xi) { }

    double operator()(double mean, double sd) const;
    /// EI at each (mean, sd) pair.
    Eigen::VectorXd operator()(const Eigen::VectorXd &mean, const Eigen::VectorXd &sd) const;

    double best() const { return best_; }

private:
    double best_;
    double xi_;
};

} // namespace kobai
