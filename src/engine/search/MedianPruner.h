#pragma once
// The median pruning rule (Optuna 3.1's MedianPruner, pruners/_median.py, with one
// difference: it compares the trial's validation loss at the epoch, not its best so far):
// at an epoch ≥ warmup_epochs, a trial whose validation loss is worse (larger) than the
// median of the completed trials' validation losses at that same epoch is stopped. Only
// trials that completed count (not pruned or diverged ones, as in Optuna); with none that
// reached the epoch, nothing is pruned there. The median of an even count is the mean of
// the two middle values (numpy's 50th percentile).
#include <vector>

namespace kobai {

class MedianPruner {
public:
    explicit MedianPruner(int warmupEpochs);

    /// A completed trial's validation losses, one per epoch row (row 0 first).
    void addCompleted(const std::vector<double> &valLosses);
    /// Whether a trial at `epoch` with this validation loss is to be stopped. Safe to call
    /// from several threads while no trial is being added.
    bool shouldPrune(int epoch, double valLoss) const;

private:
    int warmup_;
    std::vector<std::vector<double>> byEpoch_; ///< the completed trials' losses at each epoch
};

} // namespace kobai
