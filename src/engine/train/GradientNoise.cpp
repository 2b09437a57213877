#include "train/GradientNoise.h"

#include "core/Random.h"
#include "core/ThreadTeam.h"
#include "model/DenseNetwork.h"
#include "model/Loss.h"
#include "train/Trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <string>

namespace kobai {

namespace {

/// A batch goes through the network this many samples at a time (as evaluation passes do).
constexpr Eigen::Index chunkSize = 1024;

bool cancelled(const std::atomic<bool> *cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

/// The result so far, cancelled (the trainer's word for it).
GradientNoiseResult stopped(GradientNoiseResult result)
{
    result.status = RunStatus::Cancelled;
    result.message = "cancelled";
    return result;
}

template <typename Scalar>
class GradientNoiseMeter {
public:
    GradientNoiseMeter(const TrainingSpec &spec, const Dataset &data, const std::vector<double> &parameters)
        : data_(data), team_(spec.threads),
          network_(layerSizes(spec.model, data), spec.model.activation, spec.model.dropout, &team_)
    {
        if (data.task == Task::Classification)
            loss_ = std::make_unique<SoftmaxCrossEntropy<Scalar>>();
        else
            loss_ = std::make_unique<MeanSquaredError<Scalar>>();
        network_.parameters() =
            Eigen::Map<const Eigen::VectorXd>(parameters.data(), static_cast<Eigen::Index>(parameters.size()))
                .cast<Scalar>();
    }

    GradientNoiseResult measure(const GradientNoiseSpec &spec, const std::atomic<bool> *cancel);

private:
    /// The batch-mean gradient of the data loss over rows: the sum of its chunks' means,
    /// each weighted by the chunk's size, over the batch size.
    void gradient(std::span<const Eigen::Index> rows, Eigen::VectorXd &out);

    const Dataset &data_;
    ThreadTeam team_; ///< before network_, which uses it
    DenseNetwork<Scalar> network_;
    std::unique_ptr<Loss<Scalar>> loss_;
    Matrix<Scalar> inputs_;
    Matrix<Scalar> values_;
    std::vector<int> labels_;
    Matrix<Scalar> outputGradient_;
};

template <typename Scalar>
void GradientNoiseMeter<Scalar>::gradient(std::span<const Eigen::Index> rows, Eigen::VectorXd &out)
{
    out.setZero(network_.parameters().size());
    const auto n = static_cast<Eigen::Index>(rows.size());
    for (Eigen::Index start = 0; start < n; start += chunkSize) {
        const Eigen::Index count = std::min(chunkSize, n - start);
        const auto chunk = rows.subspan(static_cast<std::size_t>(start), static_cast<std::size_t>(count));
        data_.train.gatherFeatures(chunk, inputs_, &team_);
        BatchTargets<Scalar> targets;
        if (data_.task == Task::Regression) {
            data_.train.gatherTargets(chunk, values_);
            targets.values = &values_;
        } else {
            labels_.resize(chunk.size());
            for (std::size_t j = 0; j < chunk.size(); ++j)
                labels_[j] = data_.train.labels[static_cast<std::size_t>(chunk[j])];
            targets.labels = labels_;
        }
        const Matrix<Scalar> &output = network_.forward(inputs_, ForwardMode::Evaluate, nullptr);
        loss_->evaluate(output, targets, &outputGradient_);
        network_.backward(outputGradient_);
        out += network_.gradients().template cast<double>() * static_cast<double>(count);
    }
    out /= static_cast<double>(n);
}

template <typename Scalar>
GradientNoiseResult GradientNoiseMeter<Scalar>::measure(const GradientNoiseSpec &spec, const std::atomic<bool> *cancel)
{
    GradientNoiseResult result;
    const Eigen::Index n = data_.train.size();
    result.samples = n;
    std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    Eigen::VectorXd full;
    Eigen::VectorXd g;
    gradient(order, full);
    result.full_gradient_norm = full.norm();

    double spread = 0.0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (cancelled(cancel))
            return stopped(result);
        gradient(std::span(order).subspan(i, 1), g);
        spread += (g - full).squaredNorm();
    }
    result.sample_variance = spread / static_cast<double>(n);

    Random random(spec.training.seed, RandomStream::Shuffle);
    std::vector<Eigen::Index> batch;
    for (const long b : spec.batch_sizes) {
        GradientNoiseRow row;
        row.batch_size = b;
        row.repeats = spec.repeats;
        double mean = 0.0;
        double squares = 0.0; // Welford's running sum of squared deviations
        double seconds = 0.0;
        Eigen::VectorXd deviationSum = Eigen::VectorXd::Zero(full.size()); // Σ (g_B − ḡ)
        for (long r = 0; r < spec.repeats; ++r) {
            if (cancelled(cancel))
                return stopped(result);
            // A partial Fisher–Yates shuffle: the first b of order are a uniform draw of b samples.
            for (std::size_t i = 0; i < static_cast<std::size_t>(b); ++i)
                std::swap(order[i], order[i + random.below(static_cast<std::uint64_t>(n) - i)]);
            batch.assign(order.begin(), order.begin() + b);
            std::sort(batch.begin(), batch.end());
            const auto begin = std::chrono::steady_clock::now();
            gradient(batch, g);
            seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
            const double deviation = (g - full).squaredNorm();
            const double delta = deviation - mean;
            mean += delta / static_cast<double>(r + 1);
            squares += delta * (deviation - mean);
            deviationSum += g - full;
        }
        const auto repeats = static_cast<double>(spec.repeats);
        row.gradient_variance = mean;
        row.variance_standard_error = std::sqrt(squares / (repeats - 1) / repeats);
        row.finite_population_factor = n > 1 ? static_cast<double>(n - b) / static_cast<double>(n - 1) : 0.0;
        row.predicted_variance = result.sample_variance / static_cast<double>(b) * row.finite_population_factor;
        const Eigen::VectorXd meanDeviation = deviationSum / repeats;
        row.mean_gradient_norm = (full + meanDeviation).norm();
        row.mean_deviation = meanDeviation.norm();
        row.samples_per_second = seconds > 0.0 ? repeats * static_cast<double>(b) / seconds : 0.0;
        result.rows.push_back(row);
    }
    return result;
}

} // namespace

GradientNoiseResult measureGradientNoise(const GradientNoiseSpec &spec, const Dataset &data,
                                         TrainingObserver &observer, const std::atomic<bool> *cancel)
{
    const long n = static_cast<long>(data.train.size());
    for (const long b : spec.batch_sizes)
        if (b < 1 || b > n)
            throw std::invalid_argument("gradient noise: batch size " + std::to_string(b) + " outside [1, " +
                                        std::to_string(n) + "], the training samples");
    if (spec.training.model.batch_norm)
        throw std::invalid_argument("gradient noise: with batch normalisation a sample's gradient depends on its batch");
    if (spec.repeats < 2)
        throw std::invalid_argument("gradient noise: " + std::to_string(spec.repeats) +
                                    " repeats; a variance's standard error needs at least 2");
    const TrainingResult trained = runTraining(spec.training, data, observer, cancel);
    if (trained.status == RunStatus::Diverged || trained.status == RunStatus::Cancelled) {
        GradientNoiseResult result;
        result.status = trained.status;
        result.message = trained.message;
        result.samples = data.train.size();
        return result;
    }
    if (spec.training.dtype == DType::Float32)
        return GradientNoiseMeter<float>(spec.training, data, trained.parameters).measure(spec, cancel);
    return GradientNoiseMeter<double>(spec.training, data, trained.parameters).measure(spec, cancel);
}

} // namespace kobai
