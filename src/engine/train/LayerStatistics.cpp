#include "train/LayerStatistics.h"

#include <algorithm>
#include <cmath>

namespace kobai {

namespace {

/// How close to an end of sigmoid's or tanh's range counts as saturated.
constexpr double saturationMargin = 0.1;

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
    const double width = (s.histogramHigh - s.histogramLow) / layerHistogramBins;
    for (Eigen::Index k = 0; k < activations.size(); ++k) {
        const auto a = static_cast<double>(activations(k));
        if (!std::isfinite(a))
            continue;
        const double position = std::floor((a - s.histogramLow) / width);
        const int bin = static_cast<int>(std::clamp(position, 0.0, double(layerHistogramBins - 1)));
        ++s.histogram[static_cast<std::size_t>(bin)];
    }
    return s;
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
        layers.push_back(s);
    }
    return layers;
}

template std::vector<LayerStatistics> measureLayers<float>(DenseNetwork<float> &, const Matrix<float> &,
                                                           const Loss<float> &, const BatchTargets<float> &);
template std::vector<LayerStatistics> measureLayers<double>(DenseNetwork<double> &, const Matrix<double> &,
                                                            const Loss<double> &, const BatchTargets<double> &);

} // namespace kobai
