#include "search/BoundedLbfgs.h"

#include <cmath>
#include <algorithm>
#include <deque>
#include <vector>

namespace kobai {

namespace {

bool heldAtBound(double x, double g, double low, double high)
{
    return (x <= low && g > 0.0) || (x >= high && g < 0.0);
}

} // namespace

BoundedLbfgs::Result BoundedLbfgs::minimise(const Objective &f, const Eigen::VectorXd &start) const
{
    const Eigen::Index n = start.size();
    Result result;
    result.x = project(start);
    result.value = f.value(result.x);
    if (!std::isfinite(result.value))
        return result;
    Eigen::VectorXd gradient = f.gradient();
    std::deque<Eigen::VectorXd> steps, changes; // s = x₊ − x, y = ∇f₊ − ∇f, newest last
    std::deque<double> rhos;
    Eigen::VectorXd free(n), direction(n), trial(n);
    for (; result.iterations < maxIterations; ++result.iterations) {
        for (Eigen::Index i = 0; i < n; ++i)
            free(i) = heldAtBound(result.x(i), gradient(i), low_(i), high_(i)) ? 0.0 : 1.0;
        if ((project(result.x - gradient) - result.x).lpNorm<Eigen::Infinity>() < gradientTolerance)
            break;
        // Two-loop recursion on the free variables: direction = −H·∇f.
        direction = -gradient.cwiseProduct(free);
        std::vector<double> a(steps.size());
        for (std::size_t k = steps.size(); k-- > 0;) {
            a[k] = rhos[k] * steps[k].cwiseProduct(free).dot(direction);
            direction -= a[k] * changes[k].cwiseProduct(free);
        }
        if (!steps.empty())
            direction *= steps.back().dot(changes.back()) / changes.back().squaredNorm();
        for (std::size_t k = 0; k < steps.size(); ++k) {
            const double b = rhos[k] * changes[k].cwiseProduct(free).dot(direction);
            direction += (a[k] - b) * steps[k].cwiseProduct(free);
        }
        direction = direction.cwiseProduct(free);
        if (!(direction.dot(gradient) < 0.0)) { // curvature pairs gone stale: steepest descent afresh
            steps.clear(), changes.clear(), rhos.clear();
            direction = -gradient.cwiseProduct(free);
        }
        // The first step has no curvature to scale it: at most a unit move in θ.
        double t = steps.empty() ? std::min(1.0, 1.0 / direction.lpNorm<Eigen::Infinity>()) : 1.0;
        double trialValue = 0.0;
        bool accepted = false;
        for (int backtrack = 0; backtrack < 40 && !accepted; ++backtrack, t *= 0.5) {
            trial = project(result.x + t * direction);
            if ((trial - result.x).lpNorm<Eigen::Infinity>() < 1e-12) // nowhere left to go
                break;
            trialValue = f.value(trial);
            accepted = std::isfinite(trialValue)
                       && trialValue <= result.value + 1e-4 * gradient.dot(trial - result.x);
        }
        if (!accepted)
            break;
        const Eigen::VectorXd trialGradient = f.gradient();
        const Eigen::VectorXd s = trial - result.x, y = trialGradient - gradient;
        const double decrease = result.value - trialValue;
        if (s.dot(y) > 1e-12 * s.norm() * y.norm()) {
            steps.push_back(s), changes.push_back(y), rhos.push_back(1.0 / s.dot(y));
            if (static_cast<int>(steps.size()) > memory)
                steps.pop_front(), changes.pop_front(), rhos.pop_front();
        }
        result.x = trial, result.value = trialValue, gradient = trialGradient;
        if (decrease <= valueTolerance * std::max(1.0, std::abs(result.value))) {
            ++result.iterations;
            break;
        }
    }
    return result;
}

} // namespace kobai
