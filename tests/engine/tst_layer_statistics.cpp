// Per-layer statistics against a hand computation on a net of 2 inputs, 3 hidden units
// and 2 classes, two samples:
//   W₁ = [[1, 0], [0, 1], [1, −1]], b₁ = (0, 0, −1), x₁ = (1, 2), x₂ = (2, −1)
//   z for x₁ = (1, 2, −2), for x₂ = (2, −1, 2)
//   W₂ = [[1, 0, 0], [0, 0, 0]], b₂ = 0, both labels 0.
// Batch norm's statistics pass (ForwardMode::Inspect) leaves the running statistics alone.
#include "model/DenseNetwork.h"
#include "model/Loss.h"
#include "train/LayerStatistics.h"

#include <QTest>

#include <cmath>
#include <utility>

using namespace kobai;

namespace {

struct TinyNet {
    DenseNetwork<double> net;
    Matrix<double> x{2, 2};
    std::vector<int> labels{0, 0};
    SoftmaxCrossEntropy<double> loss;

    explicit TinyNet(Activation activation) : net({2, 3, 2}, activation, 0.0)
    {
        // Column-major W₁ (3 × 2), b₁, W₂ (2 × 3), b₂.
        net.parameters() << 1, 0, 1, 0, 1, -1, 0, 0, -1, 1, 0, 0, 0, 0, 0, 0, 0;
        x << 1, 2, 2, -1;
    }
    LayerStatistics measure() { return measureLayers(net, x, loss, {labels, nullptr}).at(0); }
};

/// A histogram with these {bin, count} pairs, every other bin empty.
std::array<long long, layerHistogramBins> bins(std::initializer_list<std::pair<int, long long>> filled)
{
    std::array<long long, layerHistogramBins> counts{};
    for (const auto &[bin, count] : filled)
        counts[static_cast<std::size_t>(bin)] = count;
    return counts;
}

} // namespace

class LayerStatisticsTest : public QObject {
    Q_OBJECT
private slots:
    void reluByHand();
    void tanhByHand();
    void weightHistogramByHand();
    void oneRowPerHiddenLayer();
    void batchNormStatisticsLeaveRunningOnesAlone();
};

void LayerStatisticsTest::reluByHand()
{
    TinyNet tiny(Activation::Relu);
    const LayerStatistics s = tiny.measure();
    // ReLU outputs {1, 2, 0, 2, 0, 2}: mean 7/6, E[a²] = 13/6, variance 13/6 − 49/36 = 29/36.
    QCOMPARE(s.layer, 1);
    QCOMPARE(s.mean, 7.0 / 6);
    QVERIFY(std::abs(s.std - std::sqrt(29.0) / 6) < 1e-15);
    QCOMPARE(*s.dead, 1.0 / 3);
    QVERIFY(!s.saturated);
    // Range [0, 2] in 30 bins of 1/15: 0 → bin 0, 1 → bin 15, 2 → the closed last bin.
    QCOMPARE(s.histogramLow, 0.0);
    QCOMPARE(s.histogramHigh, 2.0);
    QCOMPARE(s.histogram, bins({{0, 2}, {15, 1}, {29, 3}}));
    // ∂L/∂o = (softmax(o) − e₀)/2 with o = (1, 0) and (2, 0): (−s, s)/2, s₁ = 1/(e + 1),
    // s₂ = 1/(e² + 1). Only hidden unit 1 reaches the first output, and it is active for
    // both samples: ∂L/∂W₁ row 1 = −(s₁·x₁ + s₂·x₂)/2, the others 0, so
    // ‖∂L/∂W₁‖ = ½‖(s₁ + 2s₂, 2s₁ − s₂)‖ = (√5/2)·√(s₁² + s₂²).
    const double s1 = 1 / (std::exp(1.0) + 1), s2 = 1 / (std::exp(2.0) + 1);
    const double norm = std::sqrt(5.0) / 2 * std::sqrt(s1 * s1 + s2 * s2);
    QVERIFY2(std::abs(s.weightGradientNorm - norm) < 1e-15 * norm,
             qPrintable(QStringLiteral("%1 against %2").arg(s.weightGradientNorm, 0, 'g', 17).arg(norm, 0, 'g', 17)));
}

void LayerStatisticsTest::tanhByHand()
{
    TinyNet tiny(Activation::Tanh);
    const LayerStatistics s = tiny.measure();
    // tanh outputs {t₁, t₂, −t₂, t₂, −t₁, t₂} with tᵢ = tanh(i): mean t₂/3; saturated
    // (|a| ≥ 0.9): the four ±t₂ = ±0.964.
    const double t1 = std::tanh(1.0), t2 = std::tanh(2.0);
    QVERIFY(std::abs(s.mean - t2 / 3) < 1e-15);
    const double mean = t2 / 3;
    double squares = 0;
    for (double a : {t1, t2, -t2, t2, -t1, t2})
        squares += (a - mean) * (a - mean);
    QVERIFY(std::abs(s.std - std::sqrt(squares / 6)) < 1e-15);
    QCOMPARE(*s.saturated, 4.0 / 6);
    QVERIFY(!s.dead);
    // Range [−1, 1], bins of 1/15: bin = ⌊(a + 1)·15⌋: t₁ → 26, t₂ → 29, −t₂ → 0, −t₁ → 3.
    QCOMPARE(s.histogramLow, -1.0);
    QCOMPARE(s.histogramHigh, 1.0);
    QCOMPARE(s.histogram, bins({{26, 1}, {29, 3}, {0, 1}, {3, 1}}));
}

void LayerStatisticsTest::weightHistogramByHand()
{
    TinyNet tiny(Activation::Relu);
    // W₁'s entries {1, 0, 1, 0, 1, −1}: m = 1, range [−1, 1] in bins of 1/15:
    // −1 → bin 0, 0 → bin 15 (the bin [0, 1/15)), 1 → the closed last bin. b₁ is not counted.
    LayerStatistics s = tiny.measure();
    QCOMPARE(s.weightHistogramLow, -1.0);
    QCOMPARE(s.weightHistogramHigh, 1.0);
    QCOMPARE(s.weightHistogram, bins({{0, 1}, {15, 2}, {29, 3}}));

    // Scaled by 3 and one entry set to −0.5: m = 3, bins of 0.2 over [−3, 3]:
    // −3 → 0, −0.5 → ⌊2.5/0.2⌋ = 12, 0 → 15, 3 → 29.
    tiny.net.parameters().head(6) *= 3;
    tiny.net.parameters()(1) = -0.5;
    s = tiny.measure();
    QCOMPARE(s.weightHistogramLow, -3.0);
    QCOMPARE(s.weightHistogramHigh, 3.0);
    QCOMPARE(s.weightHistogram, bins({{0, 1}, {12, 1}, {15, 1}, {29, 3}}));

    // All weights 0: the range is [−1, 1] and all six are in bin 15.
    tiny.net.parameters().head(6).setZero();
    s = tiny.measure();
    QCOMPARE(s.weightHistogramLow, -1.0);
    QCOMPARE(s.weightHistogramHigh, 1.0);
    QCOMPARE(s.weightHistogram, bins({{15, 6}}));
}

void LayerStatisticsTest::oneRowPerHiddenLayer()
{
    DenseNetwork<double> net({3, 4, 5, 6, 2}, Activation::Sigmoid, 0.5);
    Random random(4);
    net.initialize(InitScheme::Xavier, 0.0, random);
    Matrix<double> x = Matrix<double>::Random(3, 10);
    const std::vector<int> labels(10, 1);
    const SoftmaxCrossEntropy<double> loss;
    const std::vector<LayerStatistics> layers = measureLayers(net, x, loss, {labels, nullptr});
    QCOMPARE(layers.size(), std::size_t{3});
    for (std::size_t h = 0; h < layers.size(); ++h) {
        QCOMPARE(layers[h].layer, static_cast<int>(h + 1));
        long long total = 0;
        for (long long count : layers[h].histogram)
            total += count;
        QCOMPARE(total, net.weightTensor(static_cast<Eigen::Index>(h)).rows * 10); // dropout off: every value
        long long weights = 0;
        for (long long count : layers[h].weightHistogram)
            weights += count;
        QCOMPARE(weights, net.weightTensor(static_cast<Eigen::Index>(h)).size());
        QVERIFY(layers[h].weightGradientNorm > 0);
    }
}

void LayerStatisticsTest::batchNormStatisticsLeaveRunningOnesAlone()
{
    DenseNetwork<double> net({2, 3, 2}, Activation::Relu, 0.0, nullptr, BatchNormSpec{});
    Random random(4);
    net.initialize(InitScheme::He, 0.0, random);
    Matrix<double> x(2, 4);
    x << 1, 2, 2, -1, 0.5, 3, -2, 0;
    const std::vector<int> labels{0, 1, 0, 1};
    const SoftmaxCrossEntropy<double> loss;
    const Vector<double> before = net.runningStatistics();
    const LayerStatistics s = measureLayers(net, x, loss, {labels, nullptr}).at(0);
    QCOMPARE(net.runningStatistics(), before);
    // Normalised by the batch's own statistics (γ = 1, β = 0), so each unit's values have
    // mean 0 before the ReLU: about half of them are 0.
    QVERIFY(*s.dead >= 0.25 && *s.dead <= 0.75);
}

QTEST_APPLESS_MAIN(LayerStatisticsTest)
#include "tst_layer_statistics.moc"
