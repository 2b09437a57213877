#pragma once
// What every search strategy is to the search loop: given the trials that have finished
// and the points of those still running, the next points to try, in the unit cube of the
// search's space (SearchSpace.h). The loop owns the trials, the workers and the CSV;
// grid, random and Bayesian optimisation differ only here.
#include <Eigen/Core>

#include <vector>

namespace kobai {

/// A finished trial as a strategy sees it.
struct Observation {
    Eigen::VectorXd unit; ///< where it ran, in [0, 1]^d
    double objective = 0.0; ///< minimised (val_acc enters negated); a diverged trial: the worst value seen
    bool pruned = false; ///< stopped early by the pruner: objective is its last value
};

class Proposer {
public:
    virtual ~Proposer() = default;
    /// Up to `count` points (fewer only when the strategy has none left: a grid's end).
    /// The result depends only on the proposer's seed and the sequence of calls, so a
    /// search is reproducible for a seed and a thread count.
    virtual std::vector<Eigen::VectorXd> propose(const std::vector<Observation> &finished,
                                                 const std::vector<Eigen::VectorXd> &running, int count)
        = 0;
};

} // namespace kobai
