#pragma once
// Asynchronous data-parallel SGD, Hogwild-style (Niu, Recht, Ré & Wright 2011; PyTorch's
// mnist_hogwild example): K threads share the weights and each takes the epoch's next
// mini-batch of batch_size samples, reads the weights, computes its gradient (penalties,
// clipping and compression included) and adds its own optimizer's update to the shared
// weights without a lock. Each coordinate is read and added with std::atomic_ref, relaxed
// (C++20's counterpart of ensmallen's `omp atomic`): no lost coordinate, but a worker's
// read may mix versions and its update may land on weights others changed since.
//
// The staleness of an update is the number of updates applied between its worker's read
// of the weights and its own write; each epoch's record counts the updates of each
// staleness (a histogram, for the lesson's chart). Each worker keeps its own optimizer state (as each
// process of mnist_hogwild builds its own optimizer), dropout stream and augmentation
// stream (seed + k). The order of updates depends on the scheduler: runs are not
// reproducible, by nature; tests check invariants only.
#include "core/Random.h"
#include "data/BatchAugmentation.h"
#include "data/Dataset.h"
#include "model/DenseNetwork.h"
#include "model/Loss.h"
#include "optim/Optimizer.h"
#include "parallel/TopKSparsifier.h"
#include "train/TrainingRun.h"

#include <atomic>
#include <exception>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace kobai {

/// One update as it was applied.
struct AppliedUpdate {
    long long order = 0;     ///< its place among the epoch's applied updates
    double loss = 0.0;       ///< its mini-batch's loss before the step
    long long staleness = 0; ///< updates applied between its read and its write
};

template <typename Scalar>
class HogwildRun {
public:
    HogwildRun(const TrainingSpec &spec, DenseNetwork<Scalar> &network, std::vector<Eigen::Index> layerSizes,
               const Dataset &data);

    /// One epoch over `order` in mini-batches of batch_size, on K threads; the applied
    /// updates in the order they were applied (a worker that met a non-finite loss stops
    /// every worker and its update, not applied, comes last). Stops early on cancel.
    std::vector<AppliedUpdate> runEpoch(std::span<const Eigen::Index> order, double lr,
                                        const std::atomic<bool> *cancel);
    DataParallelRecord epochRecord();

private:
    struct Worker {
        std::unique_ptr<DenseNetwork<Scalar>> network;
        std::unique_ptr<Loss<Scalar>> loss;
        std::unique_ptr<Optimizer<Scalar>> optimizer;
        Random dropoutRandom;
        BatchAugmentation augmentation;
        std::optional<TopKSparsifier<Scalar>> sparsifier;
        Matrix<Scalar> inputs;
        Matrix<Scalar> values;
        Matrix<Scalar> outputGradient;
        Vector<Scalar> read;
        Vector<Scalar> stepped;
        std::vector<int> labels;
        std::vector<AppliedUpdate> applied;
        double seconds = 0.0;
        std::exception_ptr failure; ///< what its loop threw, rethrown on the caller
    };
    /// Worker k's loop: claim a batch, read, compute, write, until none is left.
    void work(Worker &worker, std::span<const Eigen::Index> order, double lr, const std::atomic<bool> *cancel);
    /// Gathers the batch into the worker's matrices; its targets.
    BatchTargets<Scalar> gather(Worker &worker, std::span<const Eigen::Index> rows);

    const TrainingSpec &spec_;
    DenseNetwork<Scalar> &network_;
    const Dataset &data_;
    std::vector<Worker> workers_;
    std::atomic<long long> nextBatch_{0};
    std::atomic<long long> applied_{0};
    std::atomic<bool> failed_{false};
    double bytesSent_ = 0.0;
    double epochModelled_ = 0.0;
    DataParallelRecord epoch_;
};

} // namespace kobai
