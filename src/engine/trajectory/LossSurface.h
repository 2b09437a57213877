#pragma once
// The 2-D test functions of the trajectory lessons, each with its analytic gradient:
//   ravine      f = x²/20 + y²                                   minimum 0 at (0, 0)
//   rosenbrock  f = (1 − x)² + 100·(y − x²)²                       minimum 0 at (1, 1)
//   beale       f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²   minimum 0 at (3, 0.5)
//   saddle      f = x² − y²                                      no minimum (saddle point at (0, 0))
//   himmelblau  f = (x² + y − 11)² + (x + y² − 7)²               minimum 0 at (3, 2), (−2.805118, 3.131312),
//                                                                (−3.779310, −3.283186), (3.584428, −1.848126)
//   quadratic   f = a·x² + b·y²                                  minimum 0 at (0, 0) when a, b > 0
//   branin      f = (y − 5.1x²/(4π²) + 5x/π − 6)² + 10·(1 − 1/(8π))·cos x + 10
//                                                                minimum 10/(8π) = 0.397887 at (−π, 12.275),
//                                                                (π, 2.275), (3π, 2.475); searched on
//                                                                x ∈ [−5, 10], y ∈ [0, 15]
//   linear_regression  the mean squared error of ŷ = w·x + b over a dataset's training part,
//               as a function of (w, b) (LinearRegressionLoss); minimum the least-squares fit
// Sources: the ravine is ゼロから作るDeep Learning §6.1.3's f = x²/20 + y²; Rosenbrock (1960),
// Beale (1958), Himmelblau (1972) as in the usual optimisation test-function tables; Branin as
// Dixon & Szegő (1978) give it, the benchmark of Bayesian-optimisation papers.
#include "trajectory/LinearRegressionLoss.h"
#include "trajectory/SurfaceSpec.h"

#include <array>
#include <memory>
#include <span>
#include <vector>

namespace kobai {

class LossSurface {
public:
    explicit LossSurface(const SurfaceSpec &spec);

    double value(double x, double y) const;
    std::array<double, 2> gradient(double x, double y) const;
    /// A model's loss only: the training samples it averages over (0 for a formula), and
    /// the gradient over some of them (a mini-batch).
    Eigen::Index sampleCount() const;
    std::array<double, 2> batchGradient(double x, double y, std::span<const Eigen::Index> rows) const;
    /// The names of the two coordinates in the lesson's notation: x, y; or w, b for a model.
    std::array<const char *, 2> axisNames() const;
    /// The numerical gradient by central difference, ((f(x+h, y) − f(x−h, y)) / 2h,
    /// (f(x, y+h) − f(x, y−h)) / 2h): the check of the analytic gradient that lesson 1
    /// shows beside it. Its error is O(h²) plus rounding of order ε·|f|/h.
    std::array<double, 2> centralDifference(double x, double y, double h) const;
    /// The global minima in the table above; none for the saddle, nor for a quadratic
    /// unless a, b > 0 (a valley floor or no bottom at all).
    std::vector<std::array<double, 2>> minima() const;

private:
    SurfaceSpec spec_;
    std::shared_ptr<const LinearRegressionLoss> model_; ///< LinearRegression only
};

} // namespace kobai
