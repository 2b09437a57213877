#pragma once
// Runs one training experiment: for each epoch, the schedule's rate; for each
// mini-batch forward, loss, backward, penalties, clipping, optimizer step,
// divergence and cancellation checks; then an evaluation pass and the callbacks.
#include "data/Dataset.h"
#include "model/DenseNetwork.h"
#include "train/LayerStatistics.h"
#include "train/TrainingSpec.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace kobai {

/// What a data-parallel run adds to an epoch's row (docs/experiments.md › data_parallel).
struct DataParallelRecord {
    int workers = 1;
    long global_batch = 0;       ///< samples per update: K × batch_size (sync, stale), batch_size (async)
    double staleness_mean = 0.0; ///< over this epoch's updates: updates between a gradient's read and its use
    long long staleness_max = 0;
    double bytes_sent = 0.0;       ///< by all workers so far: gradient values (and indices when compressed)
    double modelled_seconds = 0.0; ///< this epoch: measured compute per update + the network model
    /// Element s counts this epoch's applied updates of staleness s, s = 0 … staleness_max
    /// (sync: all at 0; stale: min(t, τ); async: measured); they sum to the epoch's updates,
    /// their mean is staleness_mean. Empty for row 0.
    std::vector<long long> staleness_counts;
};

/// One row of the learning curve. Losses are data losses of a full pass with
/// dropout off (penalties apart); row 0 is before any update.
struct EpochRecord {
    int epoch = 0;
    double train_loss = 0.0;
    double val_loss = 0.0;
    std::optional<double> train_acc; ///< classification only
    std::optional<double> val_acc;
    double lr = 0.0;        ///< the rate used during this epoch (row 0: the initial rate)
    long long updates = 0;  ///< updates so far
    double seconds = 0.0;   ///< wall time of this epoch's updates, evaluation excluded
    double penalty = 0.0;   ///< the weight penalty at the end of the epoch
    /// Each hidden layer's statistics, at the epochs spec.layer_stats asks for; else empty.
    std::vector<LayerStatistics> layers;
    std::optional<DataParallelRecord> parallel; ///< with data_parallel only
};

enum class RunStatus { Finished, EarlyStopped, Diverged, Cancelled };

struct TrainingResult {
    RunStatus status = RunStatus::Finished;
    int stop_epoch = 0;
    long long stop_update = 0;
    int best_epoch = 0;
    double best_val_loss = 0.0;
    std::optional<double> test_loss; ///< when the dataset has a test part, after any restore
    std::optional<double> test_acc;
    std::string message; ///< e.g. "diverged at epoch 3, update 75"
    double seconds = 0.0; ///< wall time of the whole run, evaluation passes included
    std::vector<double> parameters; ///< the final (or restored best) parameter buffer
    std::vector<TensorInfo> tensors; ///< where each tensor sits in it
    std::vector<double> running_statistics; ///< batch norm's running means and variances (else empty)
    std::vector<TensorInfo> running_tensors; ///< where each sits in running_statistics
};

/// Receives a run's results as they happen (on the training thread).
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void onEpoch(const EpochRecord &) {}
    /// The loss of mini-batch `update` before its step.
    virtual void onUpdate(long long /*update*/, int /*epoch*/, double /*batchLoss*/) {}
    /// Something the learner should know that does not stop the run.
    virtual void onNote(const std::string &) {}
};

/// Trains in the spec's dtype; cancel (optional) is checked between updates.
TrainingResult runTraining(const TrainingSpec &spec, const Dataset &data, TrainingObserver &observer,
                           const std::atomic<bool> *cancel = nullptr);

const char *runStatusName(RunStatus status);

} // namespace kobai
