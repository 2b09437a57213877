#include "parallel/WorkerGradients.h"

#include <algorithm>
#include <chrono>
#include <utility>

namespace kobai {

namespace {

/// Worker 0 draws the one-worker run's dropout masks; the others their own streams.
Random workerDropoutRandom(std::uint64_t seed, int worker)
{
    if (worker == 0)
        return Random(seed, RandomStream::Dropout);
    return Random(seed + static_cast<std::uint64_t>(worker), RandomStream::WorkerDropout);
}

} // namespace

template <typename Scalar>
WorkerGradients<Scalar>::WorkerGradients(const DataParallelSpec &spec, ThreadTeam &team, const DenseNetwork<Scalar> &layout,
                                         std::vector<Eigen::Index> layerSizes, const ModelSpec &model,
                                         bool classification, std::uint64_t seed)
    : team_(team)
{
    workers_.reserve(static_cast<std::size_t>(spec.workers));
    for (int k = 0; k < spec.workers; ++k) {
        Worker worker{.network = std::make_unique<DenseNetwork<Scalar>>(
                          layerSizes, model.activation, model.dropout, nullptr,
                          model.kind == ModelKind::Mlp ? model.batch_norm : std::nullopt),
                      .loss = nullptr,
                      .dropoutRandom = workerDropoutRandom(seed, k)};
        if (classification)
            worker.loss = std::make_unique<SoftmaxCrossEntropy<Scalar>>();
        else
            worker.loss = std::make_unique<MeanSquaredError<Scalar>>();
        if (spec.compression)
            worker.sparsifier.emplace(*spec.compression, layout.parameters().size());
        workers_.push_back(std::move(worker));
    }
}

template <typename Scalar>
double WorkerGradients<Scalar>::bytesPerWorker() const
{
    const Worker &first = workers_.front();
    if (first.sparsifier)
        return first.sparsifier->bytesPerUpdate();
    return static_cast<double>(first.network->parameters().size()) * sizeof(Scalar);
}

template <typename Scalar>
void WorkerGradients<Scalar>::runWorker(Worker &worker, const GlobalBatch<Scalar> &inputs,
                                        const BatchTargets<Scalar> &targets, const Vector<Scalar> &weights,
                                        const Vector<Scalar> &running)
{
    const auto begin = std::chrono::steady_clock::now();
    DenseNetwork<Scalar> &network = *worker.network;
    network.readWeightsFrom(&weights); // the broadcast: every replica reads the same weights
    network.runningStatistics() = running;
    if (inputs.part)
        inputs.part->gatherFeatures(inputs.rows.subspan(static_cast<std::size_t>(worker.first),
                                                        static_cast<std::size_t>(worker.count)),
                                    worker.inputs);
    else
        worker.inputs = inputs.gathered->middleCols(worker.first, worker.count);
    BatchTargets<Scalar> shard;
    if (targets.values) {
        worker.values = targets.values->middleCols(worker.first, worker.count);
        shard.values = &worker.values;
    } else {
        shard.labels = targets.labels.subspan(static_cast<std::size_t>(worker.first),
                                              static_cast<std::size_t>(worker.count));
    }
    const Matrix<Scalar> &output = network.forward(worker.inputs, ForwardMode::Train, &worker.dropoutRandom);
    worker.loss_value = worker.loss->evaluate(output, shard, &worker.outputGradient);
    network.backward(worker.outputGradient);
    if (worker.sparsifier)
        worker.sparsifier->compress(network.gradients());
    worker.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

template <typename Scalar>
double WorkerGradients<Scalar>::compute(const GlobalBatch<Scalar> &inputs, const BatchTargets<Scalar> &targets,
                                        const Vector<Scalar> &weights, Vector<Scalar> &running,
                                        Vector<Scalar> &gradient)
{
    const Eigen::Index n = inputs.size();
    const int k = workers();
    for (int w = 0; w < k; ++w) {
        const auto [first, count] = ThreadTeam::share(n, w, k, 1);
        workers_[static_cast<std::size_t>(w)].first = first;
        workers_[static_cast<std::size_t>(w)].count = count;
    }
    team_.run([&](int part) {
        for (int w = part; w < k; w += team_.size()) {
            Worker &worker = workers_[static_cast<std::size_t>(w)];
            if (worker.count == 0)
                continue;
            try {
                runWorker(worker, inputs, targets, weights, running);
            } catch (...) {
                worker.failure = std::current_exception();
            }
        }
    });
    for (Worker &worker : workers_)
        if (worker.failure)
            std::rethrow_exception(std::exchange(worker.failure, nullptr));
    double loss = 0.0;
    lastComputeSeconds_ = 0.0;
    lastBytesSent_ = 0.0;
    for (Worker &worker : workers_) {
        worker.share = static_cast<double>(worker.count) / static_cast<double>(n);
        if (worker.count == 0)
            continue;
        loss += worker.share * worker.loss_value;
        lastComputeSeconds_ = std::max(lastComputeSeconds_, worker.seconds);
        lastBytesSent_ += bytesPerWorker();
    }
    // The all-reduce, by ranges of parameters on the team's threads: every element is the
    // same sum in the same worker order whichever thread computes it.
    team_.run([&](int part) {
        const auto [first, count] = ThreadTeam::share(gradient.size(), part, team_.size(), 16);
        auto sum = gradient.segment(first, count);
        sum.setZero();
        for (const Worker &worker : workers_)
            if (worker.count > 0)
                sum += static_cast<Scalar>(worker.share) * worker.network->gradients().segment(first, count);
    });
    running = workers_.front().network->runningStatistics();
    return loss;
}

template class WorkerGradients<float>;
template class WorkerGradients<double>;

} // namespace kobai
