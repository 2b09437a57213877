#include "train/TrainingRun.h"

#include "core/Random.h"
#include "data/MiniBatchOrder.h"
#include "model/DenseNetwork.h"
#include "model/Loss.h"
#include "optim/TeamOptimizer.h"
#include "schedule/ScheduleSpec.h"
#include "train/EarlyStopping.h"
#include "train/GradientClipping.h"
#include "train/Penalty.h"

#include <chrono>
#include <climits>
#include <cmath>
#include <memory>
#include <numeric>

namespace kobai {

namespace {

/// An epoch loss this many times the starting loss means the run has left the rails.
constexpr double divergenceFactor = 1e6;
/// Evaluation passes go through the network this many samples at a time.
constexpr Eigen::Index evaluationChunk = 1024;

std::vector<Eigen::Index> layerSizes(const ModelSpec &model, const Dataset &data)
{
    std::vector<Eigen::Index> sizes{data.inputs};
    if (model.kind == ModelKind::Mlp)
        sizes.insert(sizes.end(), model.hidden.begin(), model.hidden.end());
    sizes.push_back(data.outputs);
    return sizes;
}

struct PartScore {
    double loss = 0.0;
    std::optional<double> accuracy;
};

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
    PartScore evaluate(const DataPart &part);
    BatchTargets<Scalar> gatherBatch(const DataPart &part, std::span<const Eigen::Index> rows);
    void stop(RunStatus status, int epoch, std::string message = {});
    bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }

    const TrainingSpec &spec_;
    const Dataset &data_;
    TrainingObserver &observer_;
    const std::atomic<bool> *cancel_;

    ThreadTeam team_; ///< before network_, which uses it
    DenseNetwork<Scalar> network_;
    std::unique_ptr<Loss<Scalar>> loss_;
    TeamOptimizer<Scalar> optimizer_; ///< after network_, whose size it takes
    std::unique_ptr<LearningRateSchedule> schedule_;
    Random shuffleRandom_;
    Random dropoutRandom_;
    EarlyStopping best_;
    Vector<Scalar> bestParameters_;

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

template <typename Scalar>
Trainer<Scalar>::Trainer(const TrainingSpec &spec, const Dataset &data, TrainingObserver &observer,
                         const std::atomic<bool> *cancel)
    : spec_(spec), data_(data), observer_(observer), cancel_(cancel),
      team_(spec.threads), network_(layerSizes(spec.model, data), spec.model.activation, spec.model.dropout, &team_),
      optimizer_(spec.optimizer, network_.parameters().size(), team_),
      schedule_(makeSchedule(spec.scheduler, baseLearningRate(spec.optimizer))),
      shuffleRandom_(spec.seed, RandomStream::Shuffle), dropoutRandom_(spec.seed, RandomStream::Dropout),
      best_(spec.early_stopping.value_or(EarlyStoppingSpec{INT_MAX, 0.0, false}))
{
    if (data.task == Task::Classification)
        loss_ = std::make_unique<SoftmaxCrossEntropy<Scalar>>();
    else
        loss_ = std::make_unique<MeanSquaredError<Scalar>>();
    Random initRandom(spec.seed, RandomStream::WeightInit);
    network_.initialize(spec.model.init, spec.model.std, initRandom);
    optimizer_.reset();

    trainOrder_.resize(static_cast<std::size_t>(data.train.size()));
    std::iota(trainOrder_.begin(), trainOrder_.end(), Eigen::Index{0});
    const Eigen::Index largestPart = std::max({data.train.size(), data.validation.size(), data.test.size()});
    evaluationOrder_.resize(static_cast<std::size_t>(largestPart));
    std::iota(evaluationOrder_.begin(), evaluationOrder_.end(), Eigen::Index{0});
}

template <typename Scalar>
Eigen::Index Trainer<Scalar>::batchSize()
{
    const Eigen::Index n = data_.train.size();
    if (spec_.batch_size == 0)
        return n;
    if (spec_.batch_size > n) {
        observer_.onNote(largeBatchNote(spec_.batch_size, n));
        return n;
    }
    return spec_.batch_size;
}

template <typename Scalar>
BatchTargets<Scalar> Trainer<Scalar>::gatherBatch(const DataPart &part, std::span<const Eigen::Index> rows)
{
    part.gatherFeatures(rows, batchInputs_, &team_);
    if (data_.task == Task::Regression) {
        part.gatherTargets(rows, batchValues_);
        return {{}, &batchValues_};
    }
    batchLabels_.resize(rows.size());
    for (std::size_t j = 0; j < rows.size(); ++j)
        batchLabels_[j] = part.labels[static_cast<std::size_t>(rows[j])];
    return {batchLabels_, nullptr};
}

template <typename Scalar>
PartScore Trainer<Scalar>::evaluate(const DataPart &part)
{
    const Eigen::Index n = part.size();
    double lossSum = 0.0;
    Eigen::Index correct = 0;
    for (Eigen::Index start = 0; start < n; start += evaluationChunk) {
        const Eigen::Index count = std::min(evaluationChunk, n - start);
        const std::span<const Eigen::Index> rows(evaluationOrder_.data() + start, static_cast<std::size_t>(count));
        const BatchTargets<Scalar> targets = gatherBatch(part, rows);
        const Matrix<Scalar> &output = network_.forward(batchInputs_, ForwardMode::Evaluate, nullptr);
        lossSum += loss_->evaluate(output, targets, nullptr) * static_cast<double>(count);
        if (data_.task == Task::Classification)
            correct += countCorrect(output, targets.labels);
    }
    PartScore score;
    score.loss = lossSum / static_cast<double>(n);
    if (data_.task == Task::Classification)
        score.accuracy = static_cast<double>(correct) / static_cast<double>(n);
    return score;
}

template <typename Scalar>
void Trainer<Scalar>::stop(RunStatus status, int epoch, std::string message)
{
    stopped_ = true;
    result_.status = status;
    result_.stop_epoch = epoch;
    result_.stop_update = updates_;
    result_.message = std::move(message);
}

template <typename Scalar>
bool Trainer<Scalar>::trainEpoch(int epoch, double lr, Eigen::Index batch)
{
    const Eigen::Index n = data_.train.size();
    if (batch < n)
        shuffleRandom_.shuffle(trainOrder_);
    for (Eigen::Index start = 0; start < n; start += batch) {
        if (cancelled()) {
            stop(RunStatus::Cancelled, epoch, "cancelled");
            return false;
        }
        const Eigen::Index count = std::min(batch, n - start);
        const std::span<const Eigen::Index> rows(trainOrder_.data() + start, static_cast<std::size_t>(count));
        const BatchTargets<Scalar> targets = gatherBatch(data_.train, rows);
        const Matrix<Scalar> &output = network_.forward(batchInputs_, ForwardMode::Train, &dropoutRandom_);
        const double batchLoss = loss_->evaluate(output, targets, &outputGradient_);
        ++updates_;
        if (!std::isfinite(batchLoss)) {
            stop(RunStatus::Diverged, epoch, "diverged at epoch " + std::to_string(epoch) + ", update " +
                                                 std::to_string(updates_) + " (the mini-batch loss is not finite)");
            return false;
        }
        observer_.onUpdate(updates_, epoch, batchLoss);

        network_.backward(outputGradient_);
        if (spec_.regularization.l2 != 0.0 || spec_.regularization.l1 != 0.0)
            addPenaltyGradient(network_.parameters(), network_.tensors(), spec_.regularization, network_.gradients());
        if (spec_.clip_grad_norm)
            clipGradientNorm(network_.gradients(), *spec_.clip_grad_norm);
        if (spec_.clip_grad_value)
            clipGradientValue(network_.gradients(), *spec_.clip_grad_value);
        optimizer_.step(network_.parameters(), network_.gradients(), lr);
    }
    if (!network_.parameters().allFinite()) {
        stop(RunStatus::Diverged, epoch, "diverged at epoch " + std::to_string(epoch) + ", update " +
                                             std::to_string(updates_) + " (a parameter is not finite)");
        return false;
    }
    return true;
}

template <typename Scalar>
TrainingResult Trainer<Scalar>::run()
{
    const auto runStart = std::chrono::steady_clock::now();
    const Eigen::Index batch = batchSize();
    double startLoss = 0.0;
    for (int epoch = 0; epoch <= spec_.epochs && !stopped_; ++epoch) {
        const double lr = schedule_->rate();
        if (!std::isfinite(lr)) { // a schedule that overflows (ExponentialLR, gamma 1e300)
            stop(RunStatus::Diverged, epoch, "diverged at epoch " + std::to_string(epoch) + ", update " +
                                                 std::to_string(updates_) + " (the learning rate is not finite)");
            break;
        }
        double seconds = 0.0;
        if (epoch > 0) {
            const auto begin = std::chrono::steady_clock::now();
            if (!trainEpoch(epoch, lr, batch))
                break;
            seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        }

        EpochRecord row;
        row.epoch = epoch;
        row.lr = lr;
        row.updates = updates_;
        row.seconds = seconds;
        const PartScore train = evaluate(data_.train);
        const PartScore validation = evaluate(data_.validation);
        if (!std::isfinite(train.loss) || !std::isfinite(validation.loss)) {
            stop(RunStatus::Diverged, epoch, "diverged at epoch " + std::to_string(epoch) + ", update " +
                                                 std::to_string(updates_) + " (the epoch loss is not finite)");
            break;
        }
        row.train_loss = train.loss;
        row.val_loss = validation.loss;
        row.train_acc = train.accuracy;
        row.val_acc = validation.accuracy;
        row.penalty = penaltyValue(network_.parameters(), network_.tensors(), spec_.regularization);
        if (!std::isfinite(row.penalty)) { // l2: 1e308 overflows before any update
            stop(RunStatus::Diverged, epoch, "diverged at epoch " + std::to_string(epoch) + ", update " +
                                                 std::to_string(updates_) + " (the weight penalty is not finite)");
            break;
        }
        observer_.onEpoch(row);

        if (epoch == 0)
            startLoss = train.loss;
        else if (train.loss > divergenceFactor * std::max(1.0, startLoss)) {
            stop(RunStatus::Diverged, epoch, "diverged at epoch " + std::to_string(epoch) + ", update " +
                                                 std::to_string(updates_) + " (the training loss grew above " +
                                                 "1e6 times its start)");
            break;
        }
        if (best_.observe(epoch, validation.loss))
            bestParameters_ = network_.parameters();
        if (epoch > 0) // PyTorch order: scheduler.step() after each epoch of updates
            schedule_->step(validation.loss);
        if (spec_.early_stopping && best_.shouldStop() && epoch < spec_.epochs)
            stop(RunStatus::EarlyStopped, epoch, "early stopping after " +
                                                     std::to_string(spec_.early_stopping->patience) +
                                                     " epochs without improvement");
    }
    if (!stopped_)
        stop(RunStatus::Finished, spec_.epochs);

    result_.best_epoch = best_.bestEpoch();
    result_.best_val_loss = best_.bestLoss();
    if (result_.status == RunStatus::EarlyStopped && spec_.early_stopping->restore_best)
        network_.parameters() = bestParameters_;
    const Vector<Scalar> &finalParameters = network_.parameters();
    result_.parameters.assign(finalParameters.data(), finalParameters.data() + finalParameters.size());
    result_.tensors = network_.tensors();
    if (data_.test.size() > 0 && result_.status != RunStatus::Diverged && result_.status != RunStatus::Cancelled) {
        const PartScore test = evaluate(data_.test);
        result_.test_loss = test.loss;
        result_.test_acc = test.accuracy;
    }
    result_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - runStart).count();
    return result_;
}

} // namespace

TrainingResult runTraining(const TrainingSpec &spec, const Dataset &data, TrainingObserver &observer,
                           const std::atomic<bool> *cancel)
{
    if (spec.dtype == DType::Float32)
        return Trainer<float>(spec, data, observer, cancel).run();
    return Trainer<double>(spec, data, observer, cancel).run();
}

const char *runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Finished:
        return "finished";
    case RunStatus::EarlyStopped:
        return "early_stopped";
    case RunStatus::Diverged:
        return "diverged";
    case RunStatus::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

} // namespace kobai
