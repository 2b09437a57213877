#pragma once
// The search loop: the strategy proposes points, each becomes a trial (a training run, or
// a test function's value), the results go back to the strategy, until the budget is
// spent. Trials run on spec.threads workers, each trial one training run on one thread.
//
// Batch-synchronous, so that a seed and a thread count give the same trials whatever the
// timing: the loop asks the proposer for `threads` points at once (with no trial running),
// runs that batch, waits for all of it, and only then asks again. The pruner compares a
// trial with the trials of finished batches only, never with those of its own batch. A
// diverged trial's objective is the worst objective seen once its batch has ended (its own
// epoch-0 value included). The test split is never shown to a trial: trials train on
// their dataset without its test part, and the best trial (lowest objective, diverged
// ones excluded) is rerun once at the end on the whole dataset for its test score.
#include "data/Dataset.h"
#include "search/Proposer.h"
#include "search/SearchObserver.h"
#include "search/SearchSpec.h"
#include "search/TrialRecord.h"
#include "train/TrainingRun.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kobai {

struct SearchResult {
    RunStatus status = RunStatus::Finished; ///< Finished, or Cancelled
    /// In trial order; when cancelled, the trials the cancellation stopped are left out.
    std::vector<TrialRecord> trials;
    std::optional<std::size_t> best; ///< index into trials: the lowest objective, not diverged
    std::optional<double> test_loss; ///< the best trial's, when its dataset has a test part
    std::optional<double> test_acc;
};

/// A trial's dataset, given its experiment: built once and shared read-only between the
/// trials that use the same data (DatasetCache). Called on the search's own thread.
using SearchData = std::function<std::shared_ptr<const Dataset>(const TrainingSpec &)>;

/// Runs the search; cancel (optional) is checked by every running trial between its
/// updates, so all workers stop within one epoch. data is unused by a function search.
/// Exceptions from spec.experiment, data or a trial reach the caller.
SearchResult runSearch(const SearchSpec &spec, Proposer &proposer, SearchObserver &observer,
                       const std::atomic<bool> *cancel, const SearchData &data);

} // namespace kobai
