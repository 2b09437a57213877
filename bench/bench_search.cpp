// The Bayesian proposal step (issue 16 wants it under 20 ms at 100 observed trials): one
// propose() of BayesianProposer with its default options (hyper-parameters re-fitted from
// the last fit plus 4 random starts, 2 000 candidates scored by expected improvement and
// the best 5 refined) on 100 finished trials in 4-D, also with fewer restarts; and its
// two halves apart: the hyper-parameter fit from the defaults, and the posterior at many points. Run by hand:
// `build/release/bench/kobai-bench-search`, recorded in docs/performance.md › Searches.
#include "core/Random.h"
#include "search/BayesianProposer.h"

#include <benchmark/benchmark.h>

#include <cmath>

using namespace kobai;

namespace {

constexpr int dimensions = 4;

SearchSpace unitSpace()
{
    SearchSpace space;
    for (int i = 0; i < dimensions; ++i)
        space.dimensions.push_back({std::string(1, static_cast<char>('a' + i)), DimensionScale::Linear, 0.0, 1.0, {}});
    return space;
}

/// `trials` finished trials at uniform points of a smooth 4-D objective with a little noise.
std::vector<Observation> observations(int trials)
{
    Random random(17);
    std::vector<Observation> finished;
    for (int k = 0; k < trials; ++k) {
        Eigen::VectorXd u(dimensions);
        for (int i = 0; i < dimensions; ++i)
            u(i) = random.uniform01();
        const double value = std::sin(6 * u(0)) + 4 * (u(1) - 0.3) * (u(1) - 0.3) + std::cos(3 * u(2) + u(3))
                             + 0.5 * u(3) + 0.01 * random.normal();
        finished.push_back({u, value, false});
    }
    return finished;
}

void BM_BayesianProposal(benchmark::State &state)
{
    const std::vector<Observation> finished = observations(static_cast<int>(state.range(0)));
    BayesOptions options;
    options.initial_trials = 0;
    options.restarts = static_cast<int>(state.range(1));
    BayesianProposer proposer(unitSpace(), options, 1);
    proposer.propose(finished, {}, 1); // the warm start every later call of a search has
    for (auto _ : state)
        benchmark::DoNotOptimize(proposer.propose(finished, {}, 1));
}
BENCHMARK(BM_BayesianProposal)
    ->ArgNames({"trials", "restarts"})
    ->Args({30, 4})
    ->Args({100, 4})
    ->Args({100, 1})
    ->Args({100, 0})
    ->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_HyperParameterFit(benchmark::State &state)
{
    const std::vector<Observation> finished = observations(static_cast<int>(state.range(0)));
    Eigen::MatrixXd X(dimensions, static_cast<Eigen::Index>(finished.size()));
    Eigen::VectorXd y(X.cols());
    for (Eigen::Index k = 0; k < X.cols(); ++k)
        X.col(k) = finished[static_cast<std::size_t>(k)].unit, y(k) = finished[static_cast<std::size_t>(k)].objective;
    Random random(1);
    for (auto _ : state) {
        GaussianProcess process(KernelParameters::defaults(dimensions));
        process.optimise(X, y, BayesOptions{}.restarts, random);
        benchmark::DoNotOptimize(process.logMarginalLikelihood());
    }
}
BENCHMARK(BM_HyperParameterFit)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PosteriorOnMap(benchmark::State &state)
{
    const std::vector<Observation> finished = observations(100);
    Eigen::MatrixXd X(dimensions, 100);
    Eigen::VectorXd y(100);
    for (Eigen::Index k = 0; k < 100; ++k)
        X.col(k) = finished[static_cast<std::size_t>(k)].unit, y(k) = finished[static_cast<std::size_t>(k)].objective;
    GaussianProcess process(KernelParameters::defaults(dimensions));
    process.fit(X, y);
    const Eigen::MatrixXd points = Eigen::MatrixXd::Random(dimensions, state.range(0)).array().abs();
    for (auto _ : state)
        benchmark::DoNotOptimize(process.predict(points));
}
BENCHMARK(BM_PosteriorOnMap)->Arg(2000)->Arg(3600)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
