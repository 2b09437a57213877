#include "parallel/HogwildRun.h"

#include "optim/OptimizerSpec.h"
#include "parallel/NetworkCost.h"
#include "train/GradientClipping.h"
#include "train/Penalty.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <thread>
#include <utility>

namespace kobai {

namespace {

/// Worker 0 draws the one-worker run's dropout masks; the others their own streams.
Random hogwildDropoutRandom(std::uint64_t seed, int worker)
{
    if (worker == 0)
        return Random(seed, RandomStream::Dropout);
    return Random(seed + static_cast<std::uint64_t>(worker), RandomStream::WorkerDropout);
}

} // namespace

template <typename Scalar>
HogwildRun<Scalar>::HogwildRun(const TrainingSpec &spec, DenseNetwork<Scalar> &network,
                               std::vector<Eigen::Index> layerSizes, const Dataset &data)
    : spec_(spec), network_(network), data_(data)
{
    const DataParallelSpec &dp = *spec.data_parallel;
    workers_.reserve(static_cast<std::size_t>(dp.workers));
    for (int k = 0; k < dp.workers; ++k) {
        Worker worker{.network = std::make_unique<DenseNetwork<Scalar>>(
                          layerSizes, spec.model.activation, spec.model.dropout, nullptr,
                          spec.model.kind == ModelKind::Mlp ? spec.model.batch_norm : std::nullopt),
                      .loss = nullptr,
                      .optimizer = makeOptimizer<Scalar>(spec.optimizer),
                      .dropoutRandom = hogwildDropoutRandom(spec.seed, k),
                      .augmentation = BatchAugmentation(spec.augmentation, data.train,
                                                        spec.seed + static_cast<std::uint64_t>(k))};
        if (data.task == Task::Classification)
            worker.loss = std::make_unique<SoftmaxCrossEntropy<Scalar>>();
        else
            worker.loss = std::make_unique<MeanSquaredError<Scalar>>();
        if (dp.compression)
            worker.sparsifier.emplace(*dp.compression, network.parameters().size());
        worker.optimizer->reset();
        workers_.push_back(std::move(worker));
    }
}

template <typename Scalar>
BatchTargets<Scalar> HogwildRun<Scalar>::gather(Worker &worker, std::span<const Eigen::Index> rows)
{
    data_.train.gatherFeatures(rows, worker.inputs);
    if (data_.task == Task::Regression) {
        data_.train.gatherTargets(rows, worker.values);
        return {{}, &worker.values};
    }
    worker.labels.resize(rows.size());
    for (std::size_t j = 0; j < rows.size(); ++j)
        worker.labels[j] = data_.train.labels[static_cast<std::size_t>(rows[j])];
    return {worker.labels, nullptr};
}

template <typename Scalar>
void HogwildRun<Scalar>::work(Worker &worker, std::span<const Eigen::Index> order, double lr,
                              const std::atomic<bool> *cancel)
{
    // batch_size 0 (a sweep's value the file's check did not see): the whole set, as one worker.
    const std::size_t batch = spec_.batch_size > 0 ? static_cast<std::size_t>(spec_.batch_size) : order.size();
    Vector<Scalar> &shared = network_.parameters();
    const Eigen::Index size = shared.size();
    DenseNetwork<Scalar> &network = *worker.network;
    for (;;) {
        if (failed_.load() || (cancel && cancel->load()))
            return;
        const auto index = static_cast<std::size_t>(nextBatch_.fetch_add(1));
        if (index * batch >= order.size())
            return;
        const auto begin = std::chrono::steady_clock::now();
        const std::size_t first = index * batch;
        const BatchTargets<Scalar> targets = gather(worker, order.subspan(first, std::min(batch, order.size() - first)));
        worker.augmentation.apply(worker.inputs);
        const long long readAt = applied_.load();
        worker.read.resize(size);
        for (Eigen::Index i = 0; i < size; ++i)
            worker.read(i) = std::atomic_ref<Scalar>(shared(i)).load(std::memory_order_relaxed);
        network.parameters() = worker.read;
        const Matrix<Scalar> &output = network.forward(worker.inputs, ForwardMode::Train, &worker.dropoutRandom);
        const double loss = worker.loss->evaluate(output, targets, &worker.outputGradient);
        if (!std::isfinite(loss)) {
            failed_.store(true);
            worker.applied.push_back({std::numeric_limits<long long>::max(), loss, 0});
            return;
        }
        network.backward(worker.outputGradient);
        Vector<Scalar> &gradient = network.gradients();
        if (spec_.regularization.l2 != 0.0 || spec_.regularization.l1 != 0.0)
            addPenaltyGradient(worker.read, network.tensors(), spec_.regularization, gradient);
        if (spec_.clip_grad_norm)
            clipGradientNorm(gradient, *spec_.clip_grad_norm);
        if (spec_.clip_grad_value)
            clipGradientValue(gradient, *spec_.clip_grad_value);
        if (worker.sparsifier)
            worker.sparsifier->compress(gradient);
        worker.stepped = worker.read;
        worker.optimizer->step(worker.stepped, gradient, lr);
        for (Eigen::Index i = 0; i < size; ++i)
            std::atomic_ref<Scalar>(shared(i)).fetch_add(worker.stepped(i) - worker.read(i), std::memory_order_relaxed);
        const long long writtenAt = applied_.fetch_add(1);
        worker.applied.push_back({writtenAt, loss, writtenAt - readAt});
        worker.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    }
}

template <typename Scalar>
std::vector<AppliedUpdate> HogwildRun<Scalar>::runEpoch(std::span<const Eigen::Index> order, double lr,
                                                         const std::atomic<bool> *cancel)
{
    nextBatch_.store(0);
    applied_.store(0);
    for (Worker &worker : workers_) {
        worker.applied.clear();
        worker.seconds = 0.0;
        worker.network->runningStatistics() = network_.runningStatistics();
    }
    {
        std::vector<std::jthread> threads;
        threads.reserve(workers_.size());
        for (Worker &worker : workers_)
            threads.emplace_back([&, w = &worker] {
                try {
                    work(*w, order, lr, cancel);
                } catch (...) {
                    w->failure = std::current_exception();
                    failed_.store(true);
                }
            });
    } // joined here
    for (Worker &worker : workers_)
        if (worker.failure) {
            failed_.store(false);
            std::rethrow_exception(std::exchange(worker.failure, nullptr));
        }
    network_.runningStatistics() = workers_.front().network->runningStatistics(); // worker 0's buffers

    std::vector<AppliedUpdate> applied;
    double computeSeconds = 0.0;
    for (const Worker &worker : workers_) {
        applied.insert(applied.end(), worker.applied.begin(), worker.applied.end());
        computeSeconds += worker.seconds;
    }
    std::sort(applied.begin(), applied.end(),
              [](const AppliedUpdate &a, const AppliedUpdate &b) { return a.order < b.order; });
    const DataParallelSpec &dp = *spec_.data_parallel;
    const double bytes = workers_.front().sparsifier ? workers_.front().sparsifier->bytesPerUpdate()
                                                     : static_cast<double>(network_.parameters().size()) * sizeof(Scalar);
    epoch_ = {};
    long long sum = 0;
    long long count = 0;
    for (const AppliedUpdate &update : applied) {
        if (!std::isfinite(update.loss))
            continue;
        sum += update.staleness;
        ++count;
        epoch_.staleness_max = std::max(epoch_.staleness_max, update.staleness);
        if (static_cast<long long>(epoch_.staleness_counts.size()) <= update.staleness)
            epoch_.staleness_counts.resize(static_cast<std::size_t>(update.staleness) + 1, 0);
        ++epoch_.staleness_counts[static_cast<std::size_t>(update.staleness)];
        bytesSent_ += bytes;
        // K workers side by side: each update's compute and one exchange, over K.
        epochModelled_ += modelledUpdateSeconds(0.0, bytes, dp.workers, dp.network) / dp.workers;
    }
    epochModelled_ += computeSeconds / dp.workers;
    epoch_.staleness_mean = count == 0 ? 0.0 : static_cast<double>(sum) / static_cast<double>(count);
    failed_.store(false);
    return applied;
}

template <typename Scalar>
DataParallelRecord HogwildRun<Scalar>::epochRecord()
{
    DataParallelRecord record = epoch_;
    record.workers = spec_.data_parallel->workers;
    record.global_batch = spec_.batch_size;
    record.bytes_sent = bytesSent_;
    record.modelled_seconds = epochModelled_;
    epoch_ = {};
    epochModelled_ = 0.0;
    return record;
}

template class HogwildRun<float>;
template class HogwildRun<double>;

} // namespace kobai
