#pragma once
// What a data-parallel run (modes sync and stale) adds to the trainer's loop: the K
// workers' averaged gradient in place of one forward/backward, the stale weights it is
// computed on, and the columns of each epoch's row (workers, global batch, staleness,
// bytes sent, modelled time). The trainer still applies one update per global batch,
// with its penalties, clipping, optimizer and stop policies, as for one worker.
//
// Penalties (l1, l2) are added after the average on the current weights, as a parameter
// server's optimizer applies weight decay; only the data gradient is stale.
#include "parallel/NetworkCost.h"
#include "parallel/WeightHistory.h"
#include "parallel/WorkerGradients.h"
#include "train/TrainingRun.h"

#include <optional>

namespace kobai {

template <typename Scalar>
class DataParallelRun {
public:
    DataParallelRun(const DataParallelSpec &spec, ThreadTeam &team, DenseNetwork<Scalar> &network, std::vector<Eigen::Index> layerSizes,
                    const ModelSpec &model, bool classification, std::uint64_t seed, long batchPerWorker);

    /// Samples per update: K × the per-worker batch.
    Eigen::Index globalBatch() const { return globalBatch_; }
    /// The gradient of the global batch into the network's gradient buffer; its loss.
    double gradient(const GlobalBatch<Scalar> &inputs, const BatchTargets<Scalar> &targets);
    /// After the optimizer's step: the new weights join the history.
    void updated();
    /// The epoch's columns (row 0: before any update); starts the next epoch's counts.
    DataParallelRecord epochRecord();

private:
    DataParallelSpec spec_;
    DenseNetwork<Scalar> &network_;
    WorkerGradients<Scalar> workers_;
    std::optional<WeightHistory<Scalar>> history_; ///< mode stale only
    Eigen::Index globalBatch_;
    double bytesSent_ = 0.0;
    double epochModelled_ = 0.0;
    long long epochUpdates_ = 0;
    long long epochStalenessSum_ = 0;
    long long epochStalenessMax_ = 0;
    std::vector<long long> epochStalenessCounts_; ///< updates per staleness 0 … max this epoch
};

} // namespace kobai
