#pragma once
// What each hidden layer does on one batch, for the lesson on vanishing and exploding
// gradients: the distribution of its activations, of its incoming weights and the size of
// its weight gradient.
//
// Measured by a forward pass as training sees the batch (batch norm with the batch's own
// statistics) but with dropout off and batch norm's running statistics untouched
// (ForwardMode::Inspect), then a backward pass of the data loss (no penalties).
#include "model/DenseNetwork.h"
#include "model/Loss.h"

#include <array>
#include <optional>
#include <vector>

namespace kobai {

constexpr int layerHistogramBins = 30;

struct LayerStatistics {
    int layer = 0;       ///< 1-based hidden layer: "layer1" is the first hidden layer
    double mean = 0.0;   ///< over every unit and sample of act(·), before dropout
    double std = 0.0;    ///< population standard deviation (divided by units × samples)
    /// sigmoid and tanh: the fraction of values within 0.1 of either end of the range
    /// (sigmoid ≤ 0.1 or ≥ 0.9, tanh ≤ −0.9 or ≥ 0.9); none for ReLU.
    std::optional<double> saturated;
    std::optional<double> dead; ///< ReLU: the fraction of values exactly 0; none otherwise
    /// The histogram's range: the activation's range for sigmoid [0, 1] and tanh [−1, 1],
    /// [0, largest value] for ReLU ([0, 1] when every value is 0). Equal-width bins, the
    /// last one closed; non-finite values are in no bin.
    double histogramLow = 0.0;
    double histogramHigh = 1.0;
    std::array<long long, layerHistogramBins> histogram{};
    /// The incoming weights Wₗ (biases apart) in [−m, m], m = the largest |w| ([−1, 1]
    /// when every weight is 0): symmetric, so a histogram shows whether weights shrink
    /// toward 0 or pile up at exactly 0. Equal-width bins, the last one closed;
    /// non-finite weights are in no bin.
    double weightHistogramLow = -1.0;
    double weightHistogramHigh = 1.0;
    std::array<long long, layerHistogramBins> weightHistogram{};
    double weightGradientNorm = 0.0; ///< ‖∂L/∂Wₗ‖ (Frobenius) of the layer's incoming weights
};

/// Runs the batch (input, targets) through network and measures every hidden layer.
/// Leaves the network's gradient buffer holding this batch's gradient.
template <typename Scalar>
std::vector<LayerStatistics> measureLayers(DenseNetwork<Scalar> &network, const Matrix<Scalar> &input,
                                           const Loss<Scalar> &loss, const BatchTargets<Scalar> &targets);

} // namespace kobai
