#pragma once
// Minimises a smooth function inside a box, low ≤ x ≤ high: L-BFGS (Nocedal & Wright,
// "Numerical Optimization", 2006, Alg. 7.4, the two-loop recursion) on the variables that
// are free, projected onto the box, with a backtracking Armijo line search along the
// projected path (Bertsekas 1982). A small cousin of L-BFGS-B, which scikit-learn uses for
// the same job, written here so the engine depends on Eigen only. Deterministic.
//
// A variable is held at a bound while its gradient pushes it outward. Stops when the
// projected gradient ‖P(x − ∇f) − x‖∞ < gradientTolerance, when a step lowers f by less
// than valueTolerance·max(1, |f|), or after maxIterations (the defaults are scipy's
// L-BFGS-B's, which scikit-learn's fit uses).
#include <Eigen/Core>

#include <functional>

namespace kobai {

class BoundedLbfgs {
public:
    /// value(x) returns f(x); +∞ (or NaN) marks a point where f cannot be evaluated, and the
    /// line search steps back from it. gradient() is ∇f at the point value() saw last: the
    /// line search's rejected points never pay for a gradient.
    struct Objective {
        std::function<double(const Eigen::VectorXd &)> value;
        std::function<Eigen::VectorXd()> gradient;
    };

    struct Result {
        Eigen::VectorXd x;
        double value = 0.0;
        int iterations = 0;
    };

    int memory = 8;
    int maxIterations = 200;
    double gradientTolerance = 1e-5;  ///< scipy's L-BFGS-B pgtol
    double valueTolerance = 2.2e-9;   ///< scipy's factr 1e7 × ε

    BoundedLbfgs(Eigen::VectorXd low, Eigen::VectorXd high) : low_(std::move(low)), high_(std::move(high)) { }

    /// Starts at `start` clamped into the box.
    Result minimise(const Objective &f, const Eigen::VectorXd &start) const;

private:
    Eigen::VectorXd project(const Eigen::VectorXd &x) const { return x.cwiseMax(low_).cwiseMin(high_); }

    Eigen::VectorXd low_;
    Eigen::VectorXd high_;
};

} // namespace kobai
