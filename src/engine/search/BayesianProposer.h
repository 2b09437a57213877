#pragma once
// Bayesian optimisation as a search strategy (docs/bayesian-optimisation.md): the first
// BayesOptions::initial_trials points form a Latin hypercube drawn when the proposer is
// made; after that each call fits a Gaussian process to the finished trials (kernel
// hyper-parameters re-fitted every call, warm-started from the last fit, plus
// BayesOptions::restarts random starts) and proposes the point of largest expected
// improvement over the best finished trial (BayesOptions::candidates random points, the
// best few refined by compass search). Points still running, and each point already chosen
// in the same call, enter the process first with a believed value (BayesOptions::batch_rule:
// the best value so far, or the process's mean there), so a batch spreads out.
//
// A choice coordinate is always its cell's centre (i + ½)/n, in the initial design and in
// every proposal, so the process sees exactly where a trial ran. Pruned trials enter with
// their last value, as Observation says; a non-finite objective is left out of the process.
// Deterministic for the seed and the calls.
#include "core/Random.h"
#include "search/BayesOptions.h"
#include "search/BeliefMap.h"
#include "search/ExpectedImprovement.h"
#include "search/GaussianProcess.h"
#include "search/Proposer.h"
#include "search/SearchSpace.h"

#include <cstdint>
#include <optional>

namespace kobai {

class BayesianProposer : public Proposer {
public:
    BayesianProposer(const SearchSpace &space, const BayesOptions &options, std::uint64_t seed);

    std::vector<Eigen::VectorXd> propose(const std::vector<Observation> &finished,
                                         const std::vector<Eigen::VectorXd> &running, int count) override;

    /// The model of the last call that fitted one (finished trials only), on a
    /// resolution × resolution grid over two dimensions; none before the first fit.
    std::optional<BeliefMap> beliefMap(int dimensionX, int dimensionY, int resolution) const;
    /// That model itself (fitted() is false before the first fit).
    const GaussianProcess &model() const { return model_; }

    /// How many of the best random candidates the compass search refines.
    static constexpr int refinedCandidates = 5;

private:
    Eigen::VectorXd snapped(Eigen::VectorXd unit) const;
    Eigen::VectorXd uniformPoint();
    Eigen::VectorXd maximiseImprovement(const GaussianProcess &process, const ExpectedImprovement &improvement);

    SearchSpace space_;
    BayesOptions options_;
    Random random_;
    std::vector<Eigen::VectorXd> initialDesign_;
    std::size_t handedOut_ = 0;
    GaussianProcess model_;
    Eigen::VectorXd bestPoint_;
    double best_ = 0.0;
    std::vector<Eigen::VectorXd> chosen_;
};

} // namespace kobai
