#pragma once
// A hyper-parameter search as plain data (the "search" kind of experiment file): which
// strategy, how many trials on how many workers, what is minimised, whether bad trials are
// pruned, the space, and what a trial is — a training experiment made from the space's
// values, or a 2-D test function evaluated at (x, y).
#include "search/BayesOptions.h"
#include "search/SearchSpace.h"
#include "train/TrainingSpec.h"
#include "trajectory/SurfaceSpec.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace kobai {

enum class SearchStrategy { Grid, Random, Bayes };

/// What a search minimises: the validation loss, or the validation accuracy (maximised,
/// so proposers see it negated); both taken at the trial's best epoch.
enum class SearchObjective { ValLoss, ValAcc };

/// Optuna's median rule (pruners/_median.py): a trial is stopped at an epoch ≥
/// warmup_epochs when its validation loss there is worse than the median of the completed
/// trials' at the same epoch.
struct PruneSpec {
    int warmup_epochs = 5;
};

/// The training experiment of one trial, given one value per space key (in the space's
/// order). The config layer builds it and has checked every bound and choice; it may
/// still throw for a combination the experiment refuses.
using TrialExperiment = std::function<TrainingSpec(const std::vector<double> &values)>;

struct SearchSpec {
    SearchStrategy strategy = SearchStrategy::Random;
    int trials = 20; ///< a grid: the product of its keys' value counts
    std::uint64_t seed = 0; ///< the proposers' seed (a trial's own seed is the experiment's)
    int threads = 1; ///< trials running at once, each a one-thread training run
    SearchObjective objective = SearchObjective::ValLoss;
    std::optional<PruneSpec> prune; ///< none: every trial runs all its epochs
    SearchSpace space;
    BayesOptions bayes;
    TrialExperiment experiment; ///< empty for a function search
    std::optional<SurfaceSpec> function; ///< a function search: keys x and y, objective f(x, y)
};

/// The file's name of a strategy: "grid", "random", "bayes".
inline const char *searchStrategyName(SearchStrategy strategy)
{
    switch (strategy) {
    case SearchStrategy::Grid:
        return "grid";
    case SearchStrategy::Random:
        return "random";
    case SearchStrategy::Bayes:
        break;
    }
    return "bayes";
}

} // namespace kobai
