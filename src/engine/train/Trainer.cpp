#include "train/Trainer.h"

#include "data/MiniBatchOrder.h"
#include "schedule/ScheduleSpec.h"
#include "train/GradientClipping.h"
#include "train/Penalty.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace kobai {

namespace {

/// Evaluation passes go through the network this many samples at a time.
constexpr Eigen::Index evaluationChunk = 1024;
/// Layer statistics are measured on the first this many training samples.
constexpr Eigen::Index layerStatisticsSamples = 1024;

} // namespace

std::vector<Eigen::Index> layerSizes(const ModelSpec &model, const Dataset &data)
{
    std::vector<Eigen::Index> sizes{data.inputs};
    if (model.kind == ModelKind::Mlp)
        sizes.insert(sizes.end(), model.hidden.begin(), model.hidden.end());
    sizes.push_back(data.outputs);
    return sizes;
}

/// `threads`, or in sync and stale one thread per worker (up to ThreadTeam::maxThreads)
/// if that is more: the workers share the team with the evaluation passes and the
/// optimizer step, so no second team's threads wait for work beside them.
int teamSize(const TrainingSpec &spec)
{
    if (!spec.data_parallel || spec.data_parallel->mode == DataParallelMode::Async)
        return spec.threads;
    return std::max(spec.threads, std::min(spec.data_parallel->workers, ThreadTeam::maxThreads));
}

template <typename Scalar>
Trainer<Scalar>::Trainer(const TrainingSpec &spec, const Dataset &data, TrainingObserver &observer,
                         const std::atomic<bool> *cancel)
    : spec_(spec), data_(data), observer_(observer), cancelWatch_(cancel), cancel_(cancel), earlyStop_(spec.early_stopping, spec.epochs),
      team_(teamSize(spec)), network_(layerSizes(spec.model, data), spec.model.activation, spec.model.dropout, &team_,
                                    spec.model.kind == ModelKind::Mlp ? spec.model.batch_norm : std::nullopt),
      optimizer_(spec.optimizer, network_.parameters().size(), team_),
      schedule_(makeSchedule(spec.scheduler, baseLearningRate(spec.optimizer))),
      shuffleRandom_(spec.seed, RandomStream::Shuffle), dropoutRandom_(spec.seed, RandomStream::Dropout),
      augmentation_(spec.augmentation, data.train, spec.seed)
{
    if (data.task == Task::Classification)
        loss_ = std::make_unique<SoftmaxCrossEntropy<Scalar>>();
    else
        loss_ = std::make_unique<MeanSquaredError<Scalar>>();
    Random initRandom(spec.seed, RandomStream::WeightInit);
    network_.initialize(spec.model.init, spec.model.std, initRandom);
    optimizer_.reset();
    if (spec.data_parallel && spec.data_parallel->mode == DataParallelMode::Async)
        hogwild_ = std::make_unique<HogwildRun<Scalar>>(spec, network_, layerSizes(spec.model, data), data);
    else if (spec.data_parallel)
        parallel_ = std::make_unique<DataParallelRun<Scalar>>(*spec.data_parallel, team_, network_,
                                                              layerSizes(spec.model, data), spec.model,
                                                              data.task == Task::Classification, spec.seed,
                                                              spec.batch_size);

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
    if (parallel_ && parallel_->globalBatch() > 0) // the config checked that K batches fit in the set
        return std::min(parallel_->globalBatch(), n);
    if (spec_.batch_size == 0)
        return n;
    if (spec_.batch_size > n) {
        observer_.onNote(largeBatchNote(spec_.batch_size, n));
        return n;
    }
    return spec_.batch_size;
}

template <typename Scalar>
BatchTargets<Scalar> Trainer<Scalar>::gatherBatch(const DataPart &part, std::span<const Eigen::Index> rows,
                                                  bool features)
{
    if (features)
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
template <typename Hook>
bool Trainer<Scalar>::consult(int epoch, Hook hook)
{
    for (StopPolicy *policy : policies_) {
        std::optional<StopRequest> request = hook(*policy);
        if (!request)
            continue;
        if (request->status == RunStatus::Diverged)
            request->reason = "diverged at epoch " + std::to_string(epoch) + ", update " + std::to_string(updates_) +
                              " (" + request->reason + ")";
        stop(request->status, epoch, std::move(request->reason));
        return false;
    }
    return true;
}

template <typename Scalar>
bool Trainer<Scalar>::trainEpoch(int epoch, double lr, Eigen::Index batch)
{
    const Eigen::Index n = data_.train.size();
    if (batch < n)
        shuffleRandom_.shuffle(trainOrder_);
    if (hogwild_)
        return trainEpochAsync(epoch, lr);
    for (Eigen::Index start = 0; start < n; start += batch) {
        if (!consult(epoch, [](StopPolicy &p) { return p.beforeBatch(); }))
            return false;
        const Eigen::Index count = std::min(batch, n - start);
        const std::span<const Eigen::Index> rows(trainOrder_.data() + start, static_cast<std::size_t>(count));
        const BatchTargets<Scalar> targets = gatherBatch(data_.train, rows, !workersGather());
        augmentation_.apply(batchInputs_); // the gathered copy (none when workersGather()): the dataset stays as built
        const double batchLoss = batchGradient(rows, targets);
        ++updates_;
        if (!consult(epoch, [&](StopPolicy &p) { return p.afterBatchLoss(batchLoss); }))
            return false;
        observer_.onUpdate(updates_, epoch, batchLoss);

        if (spec_.regularization.l2 != 0.0 || spec_.regularization.l1 != 0.0)
            addPenaltyGradient(network_.parameters(), network_.tensors(), spec_.regularization, network_.gradients());
        if (spec_.clip_grad_norm)
            clipGradientNorm(network_.gradients(), *spec_.clip_grad_norm);
        if (spec_.clip_grad_value)
            clipGradientValue(network_.gradients(), *spec_.clip_grad_value);
        optimizer_.step(network_.parameters(), network_.gradients(), lr);
        if (parallel_)
            parallel_->updated();
    }
    const bool finite = network_.parameters().allFinite();
    return consult(epoch, [&](StopPolicy &p) { return p.afterUpdates(finite); });
}

template <typename Scalar>
bool Trainer<Scalar>::trainEpochAsync(int epoch, double lr)
{
    if (!consult(epoch, [](StopPolicy &p) { return p.beforeBatch(); }))
        return false;
    for (const AppliedUpdate &update : hogwild_->runEpoch(trainOrder_, lr, cancel_)) {
        ++updates_;
        if (!consult(epoch, [&](StopPolicy &p) { return p.afterBatchLoss(update.loss); }))
            return false;
        observer_.onUpdate(updates_, epoch, update.loss);
    }
    if (!consult(epoch, [](StopPolicy &p) { return p.beforeBatch(); })) // a cancel during the epoch
        return false;
    const bool finite = network_.parameters().allFinite();
    return consult(epoch, [&](StopPolicy &p) { return p.afterUpdates(finite); });
}

template <typename Scalar>
double Trainer<Scalar>::batchGradient(std::span<const Eigen::Index> rows, const BatchTargets<Scalar> &targets)
{
    if (workersGather())
        return parallel_->gradient({.part = &data_.train, .rows = rows}, targets);
    if (parallel_)
        return parallel_->gradient({.gathered = &batchInputs_}, targets);
    const Matrix<Scalar> &output = network_.forward(batchInputs_, ForwardMode::Train, &dropoutRandom_);
    const double batchLoss = loss_->evaluate(output, targets, &outputGradient_);
    network_.backward(outputGradient_);
    return batchLoss;
}

template <typename Scalar>
EpochRecord Trainer<Scalar>::score(int epoch, double lr, double seconds)
{
    EpochRecord row;
    row.epoch = epoch;
    row.lr = lr;
    row.updates = updates_;
    row.seconds = seconds;
    const PartScore train = evaluate(data_.train);
    const PartScore validation = evaluate(data_.validation);
    row.train_loss = train.loss;
    row.val_loss = validation.loss;
    row.train_acc = train.accuracy;
    row.val_acc = validation.accuracy;
    row.penalty = penaltyValue(network_.parameters(), network_.tensors(), spec_.regularization);
    if (parallel_)
        row.parallel = parallel_->epochRecord();
    else if (hogwild_)
        row.parallel = hogwild_->epochRecord();
    if (measuresLayers(epoch)) {
        const Eigen::Index count = std::min(layerStatisticsSamples, data_.train.size());
        const std::span<const Eigen::Index> rows(evaluationOrder_.data(), static_cast<std::size_t>(count));
        const BatchTargets<Scalar> targets = gatherBatch(data_.train, rows);
        row.layers = measureLayers(network_, batchInputs_, *loss_, targets);
    }
    return row;
}

template <typename Scalar>
bool Trainer<Scalar>::measuresLayers(int epoch) const
{
    if (!spec_.layer_stats)
        return false;
    const std::vector<int> &epochs = spec_.layer_stats->epochs;
    return epochs.empty() || std::find(epochs.begin(), epochs.end(), epoch) != epochs.end();
}

template <typename Scalar>
TrainingResult Trainer<Scalar>::run()
{
    const auto runStart = std::chrono::steady_clock::now();
    const Eigen::Index batch = batchSize();
    for (int epoch = 0; epoch <= spec_.epochs; ++epoch) {
        const double lr = schedule_->rate();
        if (!consult(epoch, [&](StopPolicy &p) { return p.beforeEpoch(lr); }))
            break;
        double seconds = 0.0;
        if (epoch > 0) {
            const auto begin = std::chrono::steady_clock::now();
            if (!trainEpoch(epoch, lr, batch))
                break;
            seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        }
        const EpochRecord row = score(epoch, lr, seconds);
        if (!consult(epoch, [&](StopPolicy &p) { return p.beforeReport(row); }))
            break;
        observer_.onEpoch(row);
        const bool stopsHere = !consult(epoch, [&](StopPolicy &p) { return p.afterEpoch(row); });
        if (earlyStop_.tracker().bestEpoch() == epoch) {
            bestParameters_ = network_.parameters();
            bestRunningStatistics_ = network_.runningStatistics();
        }
        if (stopsHere)
            break;
        if (epoch > 0) // PyTorch order: scheduler.step() after each epoch of updates
            schedule_->step(row.val_loss);
    }
    if (!stopped_)
        stop(RunStatus::Finished, spec_.epochs);

    const EarlyStopping &best = earlyStop_.tracker();
    result_.best_epoch = best.bestEpoch();
    result_.best_val_loss = best.bestLoss();
    if (result_.status == RunStatus::EarlyStopped && spec_.early_stopping->restore_best) {
        network_.parameters() = bestParameters_;
        network_.runningStatistics() = bestRunningStatistics_; // PyTorch's state_dict holds both
    }
    const Vector<Scalar> &finalParameters = network_.parameters();
    result_.parameters.assign(finalParameters.data(), finalParameters.data() + finalParameters.size());
    result_.tensors = network_.tensors();
    const Vector<Scalar> &running = network_.runningStatistics();
    result_.running_statistics.assign(running.data(), running.data() + running.size());
    result_.running_tensors = network_.runningTensors();
    if (data_.test.size() > 0 && result_.status != RunStatus::Diverged && result_.status != RunStatus::Cancelled) {
        const PartScore test = evaluate(data_.test);
        result_.test_loss = test.loss;
        result_.test_acc = test.accuracy;
    }
    result_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - runStart).count();
    return result_;
}

template class Trainer<float>;
template class Trainer<double>;

} // namespace kobai
