#include "train/LayerStatistics.h"

#include <algorithm>
#include <cmath>

namespace kobai {

namespace {

/// How close to an end of sigmoid's or tanh's range counts as saturated.
constexpr double saturationMargin = 0.1;

/// Counts of values in equal bins over [low, high], the last bin closed (values outside
/// fall in the end bins); non-finite values are in no bin.
template <typename Values>
std::array<long long, layerHistogramBins> countInBins(const Values &values, double low, double high)
{
    std::array<long long, layerHistogramBins> counts{};
    for (Eigen::Index k = 0; k < values.size(); ++k) {
        const auto v = static_cast<double>(values(k));
        if (!std::isfinite(v))
            continue;
        // As a fraction of the range first: 0 in [−m, m] is then exactly ½ → bin 15.
        const double position = std::floor((v - low) / (high - low) * layerHistogramBins);
        const int bin = static_cast<int>(std::clamp(position, 0.0, double(layerHistogramBins - 1)));
        ++counts[static_cast<std::size_t>(bin)];
    }
    return counts;
}

/// The statistics of one hidden layer's act(·), without the gradient.
template <typename Scalar>
LayerStatistics describeActivations(const Matrix<Scalar> &activations, Activation activation)
{
    LayerStatistics s;
    const auto count = static_cast<double>(activations.size());
    double sum = 0.0;
    double largest = 0.0;
    long long extreme = 0;
    for (Eigen::Index k = 0; k < activations.size(); ++k) {
        const auto a = static_cast<double>(activations(k));
        sum += a;
        if (std::isfinite(a))
            largest = std::max(largest, a);
        switch (activation) {
        case Activation::Relu:
            extreme += a == 0.0;
            break;
        case Activation::Sigmoid:
            extreme += a <= saturationMargin || a >= 1.0 - saturationMargin;
            break;
        case Activation::Tanh:
            extreme += a <= -1.0 + saturationMargin || a >= 1.0 - saturationMargin;
            break;
        }
    }
    s.mean = sum / count;
    double squares = 0.0;
    for (Eigen::Index k = 0; k < activations.size(); ++k)
        squares += (static_cast<double>(activations(k)) - s.mean) * (static_cast<double>(activations(k)) - s.mean);
    s.std = std::sqrt(squares / count);
    const double fraction = static_cast<double>(extreme) / count;
    if (activation == Activation::Relu)
        s.dead = fraction;
    else
        s.saturated = fraction;

    s.histogramLow = activation == Activation::Tanh ? -1.0 : 0.0;
    s.histogramHigh = activation == Activation::Relu && largest > 0.0 ? largest : 1.0;
    s.histogram = countInBins(activations, s.histogramLow, s.histogramHigh);
    return s;
}

/// The histogram of one hidden layer's incoming weights, over [−m, m].
template <typename Values>
void describeWeights(const Values &weights, LayerStatistics &s)
{
    double largest = 0.0;
    for (Eigen::Index k = 0; k < weights.size(); ++k)
        if (const auto w = std::abs(static_cast<double>(weights(k))); std::isfinite(w))
            largest = std::max(largest, w);
    s.weightHistogramHigh = largest > 0.0 ? largest : 1.0;
    s.weightHistogramLow = -s.weightHistogramHigh;
    s.weightHistogram = countInBins(weights, s.weightHistogramLow, s.weightHistogramHigh);
}

} // namespace

template <typename Scalar>
std::vector<LayerStatistics> measureLayers(DenseNetwork<Scalar> &network, const Matrix<Scalar> &input,
                                           const Loss<Scalar> &loss, const BatchTargets<Scalar> &targets)
{
    Matrix<Scalar> outputGradient;
    loss.evaluate(network.forward(input, ForwardMode::Inspect, nullptr), targets, &outputGradient);
    network.backward(outputGradient);
    std::vector<LayerStatistics> layers;
    for (Eigen::Index h = 0; h + 1 < network.layerCount(); ++h) {
        LayerStatistics s = describeActivations(network.hiddenActivation(h), network.activation());
        s.layer = static_cast<int>(h + 1);
        const TensorInfo &w = network.weightTensor(h);
        s.weightGradientNorm = static_cast<double>(network.gradients().segment(w.offset, w.size()).norm());
        describeWeights(network.parameters().segment(w.offset, w.size()), s);
        layers.push_back(s);
    }
    return layers;
}

template std::vector<LayerStatistics> measureLayers<float>(DenseNetwork<float> &, const Matrix<float> &,
                                                           const Loss<float> &, const BatchTargets<float> &);
template std::vector<LayerStatistics> measureLayers<double>(DenseNetwork<double> &, const Matrix<double> &,
                                                            const Loss<double> &, const BatchTargets<double> &);

} // namespace kobai
