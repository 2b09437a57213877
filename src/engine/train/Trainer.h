#pragma once
// The training loop of one experiment, in the spec's dtype: for each epoch, the
// schedule's rate; for each mini-batch forward, loss, backward, penalties, clipping
// and the optimizer's step; then an evaluation pass and the observer. At each point
// it consults its stop policies (StopPolicy.h): cancellation, divergence and early
// stopping.
#include "core/Random.h"
#include "core/ThreadTeam.h"
#include "data/BatchAugmentation.h"
#include "model/DenseNetwork.h"
#include "model/Loss.h"
#include "optim/TeamOptimizer.h"
#include "parallel/DataParallelRun.h"
#include "parallel/HogwildRun.h"
#include "schedule/LearningRateSchedule.h"
#include "train/CancelWatch.h"
#include "train/DivergenceWatch.h"
#include "train/EarlyStopPolicy.h"

#include <array>
#include <memory>

namespace kobai {

struct PartScore {
    double loss = 0.0;
    std::optional<double> accuracy;
};

/// {inputs, hidden…, outputs}: the layer sizes of the model on this data.
std::vector<Eigen::Index> layerSizes(const ModelSpec &model, const Dataset &data);

template <typename Scalar>
class Trainer {
public:
    Trainer(const TrainingSpec &spec, const Dataset &data, TrainingObserver &observer,
            const std::atomic<bool> *cancel);
    TrainingResult run();

private:
    Eigen::Index batchSize();
    /// One epoch of updates; false when the run stopped inside it.
    bool trainEpoch(int epoch, double lr, Eigen::Index batch);
    /// The same with asynchronous workers (HogwildRun): their updates replayed to the
    /// stop policies and the observer in the order they were applied.
    bool trainEpochAsync(int epoch, double lr);
    /// The loss of the gathered batch and its gradient in network_.gradients(): one
    /// forward/backward, or the data-parallel workers' average.
    double batchGradient(std::span<const Eigen::Index> rows, const BatchTargets<Scalar> &targets);
    PartScore evaluate(const DataPart &part);
    BatchTargets<Scalar> gatherBatch(const DataPart &part, std::span<const Eigen::Index> rows, bool features = true);
    /// Whether a data-parallel run's workers gather their own shards (nothing augments the batch).
    bool workersGather() const { return parallel_ && !augmentation_.active(); }
    /// The row of an epoch: full passes over the training and validation parts.
    EpochRecord score(int epoch, double lr, double seconds);
    bool measuresLayers(int epoch) const;
    /// Asks every policy through `hook`; false (and the run stopped) when one says stop.
    template <typename Hook>
    bool consult(int epoch, Hook hook);
    void stop(RunStatus status, int epoch, std::string message = {});

    const TrainingSpec &spec_;
    const Dataset &data_;
    TrainingObserver &observer_;
    CancelWatch cancelWatch_;
    const std::atomic<bool> *cancel_; ///< what cancelWatch_ watches, for asynchronous workers
    DivergenceWatch divergenceWatch_;
    EarlyStopPolicy earlyStop_;
    /// In the order they are asked: a cancel first, a divergence before an early stop.
    std::array<StopPolicy *, 3> policies_{&cancelWatch_, &divergenceWatch_, &earlyStop_};

    ThreadTeam team_; ///< before network_, which uses it
    DenseNetwork<Scalar> network_;
    std::unique_ptr<Loss<Scalar>> loss_;
    TeamOptimizer<Scalar> optimizer_; ///< after network_, whose size it takes
    std::unique_ptr<LearningRateSchedule> schedule_;
    Random shuffleRandom_;
    Random dropoutRandom_;
    BatchAugmentation augmentation_; ///< changes the training batches only
    std::unique_ptr<DataParallelRun<Scalar>> parallel_; ///< with data_parallel sync or stale only
    std::unique_ptr<HogwildRun<Scalar>> hogwild_;       ///< with data_parallel async only
    Vector<Scalar> bestParameters_;
    Vector<Scalar> bestRunningStatistics_;

    std::vector<Eigen::Index> trainOrder_;
    std::vector<Eigen::Index> evaluationOrder_;
    Matrix<Scalar> batchInputs_;
    Matrix<Scalar> batchValues_;
    std::vector<int> batchLabels_;
    Matrix<Scalar> outputGradient_;
    long long updates_ = 0;
    TrainingResult result_;
    bool stopped_ = false;
};

} // namespace kobai
