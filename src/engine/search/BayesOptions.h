#pragma once
// How Bayesian optimisation proposes (the "bayes" object of a search file).
namespace kobai {

/// With several workers, how a batch of proposals is chosen before any of them has a
/// result: each chosen point is added to the Gaussian process as if it had returned the
/// best value so far (constant liar, "cl-min") or the process's own mean there (kriging
/// believer), and the next point maximises the expected improvement under that belief.
enum class BatchRule { ConstantLiar, KrigingBeliever };

struct BayesOptions {
    int initial_trials = 5; ///< spread over the space (Latin hypercube) before the process decides
    int candidates = 2000;  ///< random points scored by expected improvement before local refinement
    int restarts = 4;       ///< random starts of the kernel's hyper-parameter fit, besides the warm start
    /// From this many finished trials on, the fit makes one random start only: the warm start
    /// from the previous fit is then close to the optimum, and each restart costs ~7 ms at 100
    /// trials (docs/performance.md › Searches), which would put the proposal step over 20 ms.
    int full_restarts_until = 50;
    BatchRule batch_rule = BatchRule::ConstantLiar;
};

} // namespace kobai
