#include "parallel/ScalingCurve.h"

#include "core/Random.h"
#include "core/ThreadTeam.h"
#include "model/DenseNetwork.h"
#include "model/Loss.h"
#include "parallel/NetworkCost.h"
#include "parallel/TopKSparsifier.h"
#include "train/Trainer.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <numeric>
#include <stdexcept>

namespace kobai {

namespace {

/// Passes before the timing starts: the first allocate the network's buffers.
constexpr int warmUpPasses = 3;
/// Timed passes at most, and the time they may take: the measurement stays < 0.3 s (a
/// slow model gets fewer passes, at least minTimedPasses).
constexpr int maxTimedPasses = 21;
constexpr int minTimedPasses = 3;
constexpr double measurementBudgetSeconds = 0.2;

template <typename Scalar>
std::optional<double> medianPassSeconds(const ScalingSpec &spec, const Dataset &data, int &passes,
                                        const std::atomic<bool> *cancel)
{
    const TrainingSpec &training = spec.training;
    ThreadTeam team(training.threads);
    DenseNetwork<Scalar> network(layerSizes(training.model, data), training.model.activation, training.model.dropout,
                                 &team, training.model.kind == ModelKind::Mlp ? training.model.batch_norm
                                                                              : std::nullopt);
    Random initRandom(training.seed, RandomStream::WeightInit);
    network.initialize(training.model.init, training.model.std, initRandom);
    Random dropoutRandom(training.seed, RandomStream::Dropout);
    std::unique_ptr<Loss<Scalar>> loss;
    if (data.task == Task::Classification)
        loss = std::make_unique<SoftmaxCrossEntropy<Scalar>>();
    else
        loss = std::make_unique<MeanSquaredError<Scalar>>();

    // The first B training samples: the time of a pass does not depend on which.
    const Eigen::Index b = std::min<Eigen::Index>(training.batch_size, data.train.size());
    std::vector<Eigen::Index> rows(static_cast<std::size_t>(b));
    std::iota(rows.begin(), rows.end(), Eigen::Index{0});
    Matrix<Scalar> inputs;
    Matrix<Scalar> values;
    std::vector<int> labels;
    data.train.gatherFeatures(rows, inputs, &team);
    BatchTargets<Scalar> targets;
    if (data.task == Task::Regression) {
        data.train.gatherTargets(rows, values);
        targets.values = &values;
    } else {
        for (const Eigen::Index row : rows)
            labels.push_back(data.train.labels[static_cast<std::size_t>(row)]);
        targets.labels = labels;
    }
    Matrix<Scalar> outputGradient;
    std::vector<double> seconds;
    double spent = 0.0;
    for (int pass = 0; pass < warmUpPasses + maxTimedPasses; ++pass) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        if (pass >= warmUpPasses + minTimedPasses && spent > measurementBudgetSeconds)
            break;
        const auto begin = std::chrono::steady_clock::now();
        const Matrix<Scalar> &output = network.forward(inputs, ForwardMode::Train, &dropoutRandom);
        loss->evaluate(output, targets, &outputGradient);
        network.backward(outputGradient);
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        spent += elapsed;
        if (pass >= warmUpPasses)
            seconds.push_back(elapsed);
    }
    passes = static_cast<int>(seconds.size());
    const auto middle = seconds.begin() + static_cast<std::ptrdiff_t>(seconds.size() / 2);
    std::nth_element(seconds.begin(), middle, seconds.end());
    return *middle;
}

} // namespace

std::vector<int> ScalingSpec::defaultScalingWorkers()
{
    std::vector<int> workers;
    for (int k = 1; k <= 1024; k *= 2)
        workers.push_back(k);
    return workers;
}

double scalingPayloadBytes(const ScalingSpec &spec, long long parameters)
{
    const auto p = static_cast<Eigen::Index>(parameters);
    if (spec.training.dtype == DType::Float32) {
        if (spec.compression)
            return TopKSparsifier<float>(*spec.compression, p).bytesPerUpdate();
        return static_cast<double>(parameters) * sizeof(float);
    }
    if (spec.compression)
        return TopKSparsifier<double>(*spec.compression, p).bytesPerUpdate();
    return static_cast<double>(parameters) * sizeof(double);
}

ScalingResult scalingCurve(const ScalingSpec &spec, long long parameters, double computeSeconds)
{
    if (!(computeSeconds > 0.0))
        throw std::invalid_argument("scaling: the compute time of an update must be > 0 seconds");
    if (spec.workers.empty())
        throw std::invalid_argument("scaling: no worker counts");
    for (std::size_t i = 0; i < spec.workers.size(); ++i)
        if (spec.workers[i] < 1 || spec.workers[i] > maxScalingWorkers ||
            (i > 0 && spec.workers[i] <= spec.workers[i - 1]))
            throw std::invalid_argument("scaling: worker counts must increase within [1, 65536]");
    ScalingResult result;
    result.parameters = parameters;
    result.bytes_per_worker = scalingPayloadBytes(spec, parameters);
    result.compute_seconds = computeSeconds;
    const auto batch = static_cast<double>(spec.training.batch_size);
    for (const int k : spec.workers) {
        ScalingRow row;
        row.workers = k;
        row.compute_seconds = computeSeconds;
        // One worker exchanges nothing: the formulas' K = 1 terms (2α of a parameter
        // server, S/β) would charge it for a network it does not use.
        row.communication_seconds = k == 1 ? 0.0 : communicationSeconds(spec.network, k, result.bytes_per_worker);
        row.update_seconds = computeSeconds + row.communication_seconds;
        row.samples_per_second = k * batch / row.update_seconds;
        row.speedup = k * computeSeconds / row.update_seconds;
        row.efficiency = computeSeconds / row.update_seconds;
        result.rows.push_back(row);
    }
    return result;
}

ScalingResult runScaling(const ScalingSpec &spec, const Dataset &data, const std::atomic<bool> *cancel)
{
    if (spec.training.batch_size < 1)
        throw std::invalid_argument("scaling: a per-worker batch of at least 1 sample");
    // P as the trainer counts it: weights, biases and batch norm's γ and β.
    const ModelSpec &model = spec.training.model;
    const DenseNetwork<float> layout(layerSizes(model, data), model.activation, model.dropout, nullptr,
                                     model.kind == ModelKind::Mlp ? model.batch_norm : std::nullopt);
    const auto parameters = static_cast<long long>(layout.parameters().size());
    if (spec.compute_seconds)
        return scalingCurve(spec, parameters, *spec.compute_seconds);
    int passes = 0;
    const std::optional<double> seconds = spec.training.dtype == DType::Float32
                                              ? medianPassSeconds<float>(spec, data, passes, cancel)
                                              : medianPassSeconds<double>(spec, data, passes, cancel);
    if (!seconds) {
        ScalingResult result;
        result.status = RunStatus::Cancelled;
        result.message = "cancelled";
        result.parameters = parameters;
        return result;
    }
    // A pass faster than the clock's resolution would divide by zero.
    ScalingResult result = scalingCurve(spec, parameters, std::max(*seconds, 1e-9));
    result.compute_measured = true;
    result.compute_passes = passes;
    return result;
}

} // namespace kobai
