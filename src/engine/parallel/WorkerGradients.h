#pragma once
// The K workers of synchronous data-parallel SGD (modes sync and stale): each update's
// global batch (samples are columns) is cut into K shards, worker k's rows
// k·B … (k + 1)·B − 1 when the batch is full, and each worker runs forward, loss and
// backward on its own replica of the network, on its own thread. The shard gradients are
// then averaged, each weighted by its share of the batch's samples:
//   g = Σₖ (nₖ/N)·gₖ        (gₖ the mean gradient of shard k's nₖ samples)
// which is the global batch's mean gradient. A last, partial batch of an epoch is cut as
// evenly as possible (PyTorch's DistributedSampler would pad it with repeated samples
// instead; weighting keeps the update equal to one worker's on the same samples). The sum
// runs over k = 0 … K − 1 in order on the calling thread, so a seed gives the same numbers
// whatever thread finished first.
//
// Each worker draws its dropout masks from its own stream, and with batch normalisation
// normalises by its own shard's statistics (PyTorch DDP without SyncBatchNorm); the running
// statistics are worker 0's (DDP's broadcast_buffers). With either, sync differs from one
// worker with the global batch; without them it equals it up to rounding.
#include "core/Random.h"
#include "core/ThreadTeam.h"
#include "data/Dataset.h"
#include "model/DenseNetwork.h"
#include "model/Loss.h"
#include "parallel/DataParallelSpec.h"
#include "parallel/TopKSparsifier.h"

#include <exception>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace kobai {

/// Where a global batch's inputs come from: the training samples `rows` of `part`, each
/// worker gathering its own shard on its own thread (no copy of the whole batch crosses
/// between cores), or a batch the caller has gathered (and augmented: augmentation draws
/// sample by sample in batch order, on one thread).
template <typename Scalar>
struct GlobalBatch {
    const DataPart *part = nullptr;
    std::span<const Eigen::Index> rows;
    const Matrix<Scalar> *gathered = nullptr; ///< used when part is null

    Eigen::Index size() const { return gathered ? gathered->cols() : static_cast<Eigen::Index>(rows.size()); }
};

template <typename Scalar>
class WorkerGradients {
public:
    /// A worker per spec.workers, each with a replica of `layout`'s shape and its own loss;
    /// `team` (outliving this) runs worker w as part w mod its size.
    WorkerGradients(const DataParallelSpec &spec, ThreadTeam &team, const DenseNetwork<Scalar> &layout,
                    std::vector<Eigen::Index> layerSizes, const ModelSpec &model, bool classification,
                    std::uint64_t seed);

    /// The averaged gradient of the global batch (inputs, targets) at `weights` into
    /// `gradient`; the replicas read `weights` in place, take `running` as their
    /// batch-norm statistics, and worker 0's come back in it. Returns the batch's mean loss.
    double compute(const GlobalBatch<Scalar> &inputs, const BatchTargets<Scalar> &targets,
                   const Vector<Scalar> &weights, Vector<Scalar> &running, Vector<Scalar> &gradient);

    int workers() const { return static_cast<int>(workers_.size()); }
    /// The slowest worker's compute time in the last compute(), seconds.
    double lastComputeSeconds() const { return lastComputeSeconds_; }
    /// Bytes all workers sent in the last compute() (values, plus indices when compressed).
    double lastBytesSent() const { return lastBytesSent_; }
    /// Bytes one worker sends per update.
    double bytesPerWorker() const;

private:
    struct Worker {
        std::unique_ptr<DenseNetwork<Scalar>> network;
        std::unique_ptr<Loss<Scalar>> loss;
        Random dropoutRandom;
        std::optional<TopKSparsifier<Scalar>> sparsifier;
        Matrix<Scalar> inputs;
        Matrix<Scalar> values;
        Matrix<Scalar> outputGradient;
        Eigen::Index first = 0;
        Eigen::Index count = 0;
        double loss_value = 0.0;
        double share = 0.0; ///< nₖ/N, its weight in the average
        double seconds = 0.0;
        std::exception_ptr failure; ///< what its forward pass threw (batch norm on 1 sample), for the caller
    };
    void runWorker(Worker &worker, const GlobalBatch<Scalar> &inputs, const BatchTargets<Scalar> &targets,
                   const Vector<Scalar> &weights, const Vector<Scalar> &running);

    std::vector<Worker> workers_;
    ThreadTeam &team_; ///< the trainer's, one thread per worker up to its size
    double lastComputeSeconds_ = 0.0;
    double lastBytesSent_ = 0.0;
};

} // namespace kobai
