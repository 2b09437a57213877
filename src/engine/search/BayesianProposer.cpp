#include "search/BayesianProposer.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kobai {

namespace {

/// Compass search: the first step and the step below which refinement stops (unit cube).
constexpr double firstStep = 0.05;
constexpr double lastStep = 1e-3;

} // namespace

BayesianProposer::BayesianProposer(const SearchSpace &space, const BayesOptions &options, std::uint64_t seed)
    : space_(space), options_(options), random_(seed)
{
    // Latin hypercube (McKay, Beckman & Conover 1979): each dimension's n strata hold one
    // point each, in an order shuffled per dimension, at a uniform place inside the stratum.
    const int n = std::max(0, options_.initial_trials), d = space_.size();
    initialDesign_.assign(static_cast<std::size_t>(n), Eigen::VectorXd(d));
    std::vector<int> strata(static_cast<std::size_t>(n));
    for (int i = 0; i < d; ++i) {
        std::iota(strata.begin(), strata.end(), 0);
        random_.shuffle(strata);
        for (std::size_t k = 0; k < strata.size(); ++k)
            initialDesign_[k](i) = (strata[k] + random_.uniform01()) / n;
    }
    for (Eigen::VectorXd &point : initialDesign_)
        point = snapped(point);
}

Eigen::VectorXd BayesianProposer::snapped(Eigen::VectorXd unit) const
{
    for (int i = 0; i < space_.size(); ++i) {
        const SearchDimension &dimension = space_.dimensions[static_cast<std::size_t>(i)];
        unit(i) = std::clamp(unit(i), 0.0, 1.0);
        if (dimension.scale == DimensionScale::Choice)
            unit(i) = dimension.unitOf(dimension.valueAt(unit(i)));
    }
    return unit;
}

Eigen::VectorXd BayesianProposer::uniformPoint()
{
    Eigen::VectorXd unit(space_.size());
    for (Eigen::Index i = 0; i < unit.size(); ++i)
        unit(i) = random_.uniform01();
    return snapped(unit);
}

std::vector<Eigen::VectorXd> BayesianProposer::propose(const std::vector<Observation> &finished,
                                                       const std::vector<Eigen::VectorXd> &running, int count)
{
    std::vector<Eigen::VectorXd> points;
    while (static_cast<int>(points.size()) < count && handedOut_ < initialDesign_.size())
        points.push_back(initialDesign_[handedOut_++]);
    if (static_cast<int>(points.size()) >= count)
        return points;
    // A non-finite objective (the loop gives diverged trials the worst value seen, but the
    // first trial has none to take) would make every standardised target NaN: left out.
    std::vector<const Observation *> usable;
    for (const Observation &o : finished)
        if (std::isfinite(o.objective))
            usable.push_back(&o);
    if (usable.empty()) { // more workers than the initial design and nothing known yet
        while (static_cast<int>(points.size()) < count)
            points.push_back(uniformPoint());
        return points;
    }

    const auto n = static_cast<Eigen::Index>(usable.size());
    Eigen::MatrixXd X(space_.size(), n);
    Eigen::VectorXd y(n);
    for (Eigen::Index k = 0; k < n; ++k) {
        X.col(k) = usable[static_cast<std::size_t>(k)]->unit;
        y(k) = usable[static_cast<std::size_t>(k)]->objective;
    }
    Eigen::Index bestIndex = 0;
    best_ = y.minCoeff(&bestIndex);
    bestPoint_ = X.col(bestIndex);
    if (model_.parameters().lengthScales.size() != X.rows())
        model_.setParameters(KernelParameters::defaults(X.rows()));
    const int restarts = n < options_.full_restarts_until ? options_.restarts : std::min(options_.restarts, 1);
    model_.optimise(X, y, restarts, random_);
    chosen_.clear();
    const ExpectedImprovement improvement(best_);

    // Pending points (running, and chosen in this call) join the data with a believed value.
    std::vector<Eigen::VectorXd> pending(running);
    pending.insert(pending.end(), points.begin(), points.end());
    GaussianProcess believer = model_;
    Eigen::MatrixXd believedX = X;
    Eigen::VectorXd believedY = y;
    const auto believe = [&](const Eigen::VectorXd &point) {
        const double value = options_.batch_rule == BatchRule::KrigingBeliever && believer.fitted()
                                 ? believer.predict(point).mean(0)
                                 : best_;
        believedX.conservativeResize(Eigen::NoChange, believedX.cols() + 1);
        believedX.col(believedX.cols() - 1) = point;
        believedY.conservativeResize(believedY.size() + 1);
        believedY(believedY.size() - 1) = value;
        believer.fit(believedX, believedY); // same hyper-parameters: a belief, not new evidence
    };
    for (const Eigen::VectorXd &point : pending)
        believe(point);
    while (static_cast<int>(points.size()) < count) {
        const Eigen::VectorXd next
            = believer.fitted() ? maximiseImprovement(believer, improvement) : uniformPoint();
        points.push_back(next);
        chosen_.push_back(next);
        if (static_cast<int>(points.size()) < count)
            believe(next);
    }
    return points;
}

Eigen::VectorXd BayesianProposer::maximiseImprovement(const GaussianProcess &process,
                                                      const ExpectedImprovement &improvement)
{
    const int m = std::max(1, options_.candidates), d = space_.size();
    Eigen::MatrixXd candidates(d, m);
    for (int k = 0; k < m; ++k)
        candidates.col(k) = uniformPoint();
    const Posterior belief = process.predict(candidates);
    const Eigen::VectorXd ei = improvement(belief.mean, belief.sd);
    std::vector<int> order(static_cast<std::size_t>(m));
    std::iota(order.begin(), order.end(), 0);
    const int refined = std::min(m, refinedCandidates);
    std::partial_sort(order.begin(), order.begin() + refined, order.end(),
                      [&](int a, int b) { return ei(a) > ei(b) || (ei(a) == ei(b) && a < b); });

    std::vector<int> continuous;
    for (int i = 0; i < d; ++i)
        if (space_.dimensions[static_cast<std::size_t>(i)].scale != DimensionScale::Choice)
            continuous.push_back(i);
    const auto c = static_cast<Eigen::Index>(continuous.size());
    Eigen::VectorXd best = candidates.col(order[0]);
    double bestValue = ei(order[0]);
    for (int r = 0; r < refined && c > 0; ++r) {
        // Compass search on the continuous coordinates: try ±step along each, move to the
        // best neighbour that improves, halve the step when none does.
        Eigen::VectorXd at = candidates.col(order[static_cast<std::size_t>(r)]);
        double value = ei(order[static_cast<std::size_t>(r)]);
        Eigen::MatrixXd neighbours(d, 2 * c);
        for (double step = firstStep; step >= lastStep;) {
            for (Eigen::Index k = 0; k < c; ++k) {
                const int i = continuous[static_cast<std::size_t>(k)];
                neighbours.col(2 * k) = at, neighbours.col(2 * k + 1) = at;
                neighbours(i, 2 * k) = std::min(1.0, at(i) + step);
                neighbours(i, 2 * k + 1) = std::max(0.0, at(i) - step);
            }
            const Posterior around = process.predict(neighbours);
            Eigen::Index index = 0;
            const double top = improvement(around.mean, around.sd).maxCoeff(&index);
            if (top > value)
                at = neighbours.col(index), value = top;
            else
                step *= 0.5;
        }
        if (value > bestValue)
            best = at, bestValue = value;
    }
    return best;
}

std::optional<BeliefMap> BayesianProposer::beliefMap(int dimensionX, int dimensionY, int resolution) const
{
    if (!model_.fitted() || resolution < 2)
        return std::nullopt;
    BeliefMap map;
    map.dimensionX = dimensionX, map.dimensionY = dimensionY;
    map.axisX = Eigen::VectorXd::LinSpaced(resolution, 0.0, 1.0);
    map.axisY = map.axisX;
    map.heldAt = bestPoint_;
    map.best = best_;
    map.chosen = chosen_;
    const Eigen::Index cells = static_cast<Eigen::Index>(resolution) * resolution;
    Eigen::MatrixXd grid = bestPoint_.replicate(1, cells);
    for (int j = 0; j < resolution; ++j)
        for (int i = 0; i < resolution; ++i) {
            grid(dimensionX, j * resolution + i) = map.axisX(i);
            grid(dimensionY, j * resolution + i) = map.axisY(j);
        }
    const Posterior belief = model_.predict(grid);
    const Eigen::VectorXd ei = ExpectedImprovement(best_)(belief.mean, belief.sd);
    map.mean = belief.mean.reshaped(resolution, resolution);
    map.sd = belief.sd.reshaped(resolution, resolution);
    map.improvement = ei.reshaped(resolution, resolution);
    return map;
}

} // namespace kobai
