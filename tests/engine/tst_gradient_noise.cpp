// The gradient-noise measurement (issue 15): on a small problem the measured E‖g_B − ḡ‖²
// matches the exact finite-population value (σ²/B)·(N − B)/(N − 1), computed here from the
// per-sample gradients, within sampling error for several B; its log–log slope against B
// is −1 while B ≪ N; at B = N it is exactly 0.
#include "data/DatasetFactory.h"
#include "model/DenseNetwork.h"
#include "model/Loss.h"
#include "train/GradientNoise.h"
#include "train/Trainer.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace kobai;

namespace {

/// Moons with 1000 training samples, a small ReLU net at its initial weights.
GradientNoiseSpec moonsSpec(std::vector<long> batchSizes)
{
    GradientNoiseSpec spec;
    spec.training.seed = 7;
    spec.training.dataset = MoonsDataOptions{.n = 1250};
    spec.training.model.hidden = {8};
    spec.training.epochs = 0;
    spec.batch_sizes = std::move(batchSizes);
    spec.repeats = 400;
    return spec;
}

/// σ² = (1/N) Σᵢ ‖gᵢ − ḡ‖² from the per-sample gradients, one backward pass per sample.
double sampleVariance(const GradientNoiseSpec &spec, const Dataset &data)
{
    TrainingObserver quiet;
    const std::vector<double> weights = runTraining(spec.training, data, quiet).parameters;
    DenseNetwork<double> network(layerSizes(spec.training.model, data), spec.training.model.activation, 0.0);
    network.parameters() = Eigen::Map<const Eigen::VectorXd>(weights.data(), static_cast<Eigen::Index>(weights.size()));
    SoftmaxCrossEntropy<double> loss;
    const Eigen::Index n = data.train.size();
    std::vector<Eigen::VectorXd> gradients;
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(network.parameters().size());
    for (Eigen::Index i = 0; i < n; ++i) {
        const Eigen::MatrixXd x = data.train.features.col(i);
        const int label = data.train.labels[static_cast<std::size_t>(i)];
        Eigen::MatrixXd outputGradient;
        loss.evaluate(network.forward(x, ForwardMode::Evaluate, nullptr), {std::span(&label, 1), nullptr},
                      &outputGradient);
        network.backward(outputGradient);
        gradients.push_back(network.gradients());
        mean += network.gradients() / static_cast<double>(n);
    }
    double spread = 0.0;
    for (const Eigen::VectorXd &g : gradients)
        spread += (g - mean).squaredNorm();
    return spread / static_cast<double>(n);
}

} // namespace

class GradientNoiseTest : public QObject {
    Q_OBJECT
private slots:
    void matchesTheFinitePopulationFormula();
    void varianceFallsAsOneOverB();
    void wholeSetHasNoNoise();
    void threadsAndDtypeKeepTheMeasurement();
    void cancelStopsIt();
    void impossibleRequestsThrow();
};

void GradientNoiseTest::matchesTheFinitePopulationFormula()
{
    const GradientNoiseSpec spec = moonsSpec({1, 10, 100, 500, 900});
    const Dataset data = makeDataset(spec.training.dataset, spec.training.seed);
    const double n = static_cast<double>(data.train.size());
    QCOMPARE(n, 1000.0);
    const double sigma2 = sampleVariance(spec, data);
    TrainingObserver quiet;
    const GradientNoiseResult result = measureGradientNoise(spec, data, quiet);
    QCOMPARE(result.status, RunStatus::Finished);
    QVERIFY(std::abs(result.sample_variance - sigma2) <= 1e-12 * sigma2);
    QCOMPARE(result.rows.size(), spec.batch_sizes.size());
    for (const GradientNoiseRow &row : result.rows) {
        const double b = static_cast<double>(row.batch_size);
        const double exact = sigma2 / b * (n - b) / (n - 1);
        const QString where = QStringLiteral("B %1: measured %2 ± %3, exact %4")
                                  .arg(b)
                                  .arg(row.gradient_variance)
                                  .arg(row.variance_standard_error)
                                  .arg(exact);
        QVERIFY2(std::abs(row.predicted_variance - exact) <= 1e-12 * exact, qPrintable(where));
        QCOMPARE(row.finite_population_factor, (n - b) / (n - 1));
        // Within four standard errors of the mean of 400 draws.
        QVERIFY2(std::abs(row.gradient_variance - exact) <= 4 * row.variance_standard_error, qPrintable(where));
        QVERIFY2(row.variance_standard_error < 0.2 * exact, qPrintable(where));
        // g_B is unbiased: the mean of R batch gradients is ḡ give or take √(V/R).
        QVERIFY2(row.mean_deviation < 3 * std::sqrt(exact / 400), qPrintable(where));
        QVERIFY(std::abs(row.mean_gradient_norm - result.full_gradient_norm) <= row.mean_deviation);
        QVERIFY(row.samples_per_second > 0);
    }
}

void GradientNoiseTest::varianceFallsAsOneOverB()
{
    const GradientNoiseSpec spec = moonsSpec({1, 2, 4, 8, 16, 32});
    const Dataset data = makeDataset(spec.training.dataset, spec.training.seed);
    TrainingObserver quiet;
    const GradientNoiseResult result = measureGradientNoise(spec, data, quiet);
    // Least-squares slope of log V against log B.
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const GradientNoiseRow &row : result.rows) {
        const double x = std::log(static_cast<double>(row.batch_size));
        const double y = std::log(row.gradient_variance);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double k = static_cast<double>(result.rows.size());
    const double slope = (k * sxy - sx * sy) / (k * sxx - sx * sx);
    QVERIFY2(std::abs(slope + 1) <= 0.15, qPrintable(QString::number(slope)));
}

void GradientNoiseTest::wholeSetHasNoNoise()
{
    GradientNoiseSpec spec = moonsSpec({999, 1000});
    spec.repeats = 5;
    spec.training.epochs = 2; // after some training, too
    const Dataset data = makeDataset(spec.training.dataset, spec.training.seed);
    TrainingObserver quiet;
    const GradientNoiseResult result = measureGradientNoise(spec, data, quiet);
    QVERIFY(result.rows[0].gradient_variance > 0);
    QCOMPARE(result.rows[1].gradient_variance, 0.0);
    QCOMPARE(result.rows[1].predicted_variance, 0.0);
    QCOMPARE(result.rows[1].mean_deviation, 0.0);
}

void GradientNoiseTest::threadsAndDtypeKeepTheMeasurement()
{
    GradientNoiseSpec spec = moonsSpec({4, 1000});
    spec.repeats = 20;
    const Dataset data = makeDataset(spec.training.dataset, spec.training.seed);
    TrainingObserver quiet;
    const GradientNoiseResult one = measureGradientNoise(spec, data, quiet);
    spec.training.threads = 2;
    const GradientNoiseResult two = measureGradientNoise(spec, data, quiet);
    QCOMPARE(two.rows[0].gradient_variance, one.rows[0].gradient_variance);
    QCOMPARE(two.sample_variance, one.sample_variance);
    spec.training.dtype = DType::Float32;
    const GradientNoiseResult single = measureGradientNoise(spec, data, quiet);
    QVERIFY(std::abs(single.rows[0].gradient_variance - one.rows[0].gradient_variance) <=
            1e-4 * one.rows[0].gradient_variance);
    QCOMPARE(single.rows[1].gradient_variance, 0.0);
}

void GradientNoiseTest::cancelStopsIt()
{
    const GradientNoiseSpec spec = moonsSpec({4});
    const Dataset data = makeDataset(spec.training.dataset, spec.training.seed);
    TrainingObserver quiet;
    const std::atomic<bool> cancel{true};
    const GradientNoiseResult result = measureGradientNoise(spec, data, quiet, &cancel);
    QCOMPARE(result.status, RunStatus::Cancelled);
    QVERIFY(result.rows.empty());
}

void GradientNoiseTest::impossibleRequestsThrow()
{
    const Dataset data = makeDataset(moonsSpec({}).training.dataset, 7);
    TrainingObserver quiet;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, measureGradientNoise(moonsSpec({8, 1001}), data, quiet));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, measureGradientNoise(moonsSpec({0}), data, quiet));
    GradientNoiseSpec once = moonsSpec({8});
    once.repeats = 1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, measureGradientNoise(once, data, quiet));
    GradientNoiseSpec normalised = moonsSpec({8});
    normalised.training.model.batch_norm = BatchNormSpec{};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, measureGradientNoise(normalised, data, quiet));
}

QTEST_APPLESS_MAIN(GradientNoiseTest)
#include "tst_gradient_noise.moc"
