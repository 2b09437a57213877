// Analytic gradients of every model, loss, activation and penalty against central
// differences (h = 1e-4, double): norm-wise relative error ≤ 1e-6. Batch norm is checked
// in training mode on the fixed batch (its statistics are functions of the parameters).
#include "model/DenseNetwork.h"
#include "model/Loss.h"
#include "train/Penalty.h"

#include <QTest>

using namespace kobai;

namespace {

struct Case {
    std::vector<Eigen::Index> sizes;
    Activation activation = Activation::Relu;
    double dropout = 0.0;
    bool classification = true;
    RegularizationSpec penalty;
    std::optional<BatchNormSpec> batchNorm;
};

class GradientCheck : public QObject {
    Q_OBJECT
private slots:
    void matchesCentralDifferences_data();
    void matchesCentralDifferences();
};

double totalLoss(DenseNetwork<double> &net, const Matrix<double> &x, const Loss<double> &loss,
                 const BatchTargets<double> &targets, const RegularizationSpec &penalty, ForwardMode mode,
                 Random &random)
{
    const Matrix<double> &out = net.forward(x, mode, &random);
    return loss.evaluate(out, targets, nullptr) + penaltyValue(net.parameters(), net.tensors(), penalty);
}

} // namespace

Q_DECLARE_METATYPE(Case)

void GradientCheck::matchesCentralDifferences_data()
{
    QTest::addColumn<Case>("c");
    QTest::newRow("linear regression (MSE)") << Case{{3, 1}, Activation::Relu, 0.0, false, {}};
    QTest::newRow("linear, 2 outputs (MSE)") << Case{{3, 2}, Activation::Relu, 0.0, false, {}};
    QTest::newRow("softmax regression") << Case{{4, 3}, Activation::Relu, 0.0, true, {}};
    QTest::newRow("mlp relu") << Case{{4, 6, 5, 3}, Activation::Relu, 0.0, true, {}};
    QTest::newRow("mlp sigmoid") << Case{{4, 6, 5, 3}, Activation::Sigmoid, 0.0, true, {}};
    QTest::newRow("mlp tanh") << Case{{4, 6, 5, 3}, Activation::Tanh, 0.0, true, {}};
    QTest::newRow("mlp tanh regression") << Case{{4, 7, 2}, Activation::Tanh, 0.0, false, {}};
    QTest::newRow("mlp relu dropout 0.3") << Case{{4, 8, 8, 3}, Activation::Relu, 0.3, true, {}};
    QTest::newRow("mlp sigmoid dropout 0.5") << Case{{4, 8, 3}, Activation::Sigmoid, 0.5, true, {}};
    QTest::newRow("L2 penalty") << Case{{4, 6, 3}, Activation::Tanh, 0.0, true, {0.1, 0.0}};
    QTest::newRow("L1 penalty") << Case{{4, 6, 3}, Activation::Tanh, 0.0, true, {0.0, 0.05}};
    QTest::newRow("L1 + L2 + dropout") << Case{{4, 6, 3}, Activation::Sigmoid, 0.2, true, {0.03, 0.02}};
    const BatchNormSpec bn;
    QTest::newRow("batch norm relu") << Case{{4, 6, 5, 3}, Activation::Relu, 0.0, true, {}, bn};
    QTest::newRow("batch norm sigmoid") << Case{{4, 6, 5, 3}, Activation::Sigmoid, 0.0, true, {}, bn};
    QTest::newRow("batch norm tanh regression") << Case{{4, 7, 2}, Activation::Tanh, 0.0, false, {}, bn};
    QTest::newRow("batch norm eps 0.1 + dropout + L2")
        << Case{{4, 8, 8, 3}, Activation::Tanh, 0.3, true, {0.05, 0.0}, BatchNormSpec{0.1, 0.5}};
}

void GradientCheck::matchesCentralDifferences()
{
    QFETCH(Case, c);
    constexpr Eigen::Index batch = 7;
    constexpr double h = 1e-4;
    Random random(17);
    DenseNetwork<double> net(c.sizes, c.activation, c.dropout, nullptr, c.batchNorm);
    net.initialize(InitScheme::Normal, 0.7, random);
    // Biases away from zero too, and no weight near the L1 kink at 0.
    for (Eigen::Index i = 0; i < net.parameters().size(); ++i) {
        if (net.parameters()(i) == 0.0)
            net.parameters()(i) = random.uniform(-0.5, 0.5);
        if (std::abs(net.parameters()(i)) < 0.01)
            net.parameters()(i) += 0.05;
    }

    Matrix<double> x(c.sizes.front(), batch);
    for (Eigen::Index k = 0; k < x.size(); ++k)
        x(k) = random.normal();
    std::vector<int> labels(batch);
    Matrix<double> values(c.sizes.back(), batch);
    for (auto &label : labels)
        label = static_cast<int>(random.below(static_cast<std::uint64_t>(c.sizes.back())));
    for (Eigen::Index k = 0; k < values.size(); ++k)
        values(k) = random.normal();
    const BatchTargets<double> targets{labels, &values};
    std::unique_ptr<Loss<double>> loss;
    if (c.classification)
        loss = std::make_unique<SoftmaxCrossEntropy<double>>();
    else
        loss = std::make_unique<MeanSquaredError<double>>();

    Random dropoutRandom(5);
    Matrix<double> outputGradient;
    loss->evaluate(net.forward(x, ForwardMode::Train, &dropoutRandom), targets, &outputGradient);
    net.backward(outputGradient);
    addPenaltyGradient(net.parameters(), net.tensors(), c.penalty, net.gradients());
    const Vector<double> analytic = net.gradients();

    Vector<double> numeric(analytic.size());
    for (Eigen::Index i = 0; i < numeric.size(); ++i) {
        const double saved = net.parameters()(i);
        net.parameters()(i) = saved + h;
        const double up = totalLoss(net, x, *loss, targets, c.penalty, ForwardMode::TrainSameMasks, dropoutRandom);
        net.parameters()(i) = saved - h;
        const double down = totalLoss(net, x, *loss, targets, c.penalty, ForwardMode::TrainSameMasks, dropoutRandom);
        net.parameters()(i) = saved;
        numeric(i) = (up - down) / (2 * h);
    }
    const double error = (analytic - numeric).norm() / std::max(analytic.norm(), numeric.norm());
    QVERIFY2(analytic.norm() > 1e-3, "the gradient is not trivially zero");
    QVERIFY2(error <= 1e-6, qPrintable(QStringLiteral("relative error %1").arg(error)));
}

QTEST_APPLESS_MAIN(GradientCheck)
#include "tst_gradients.moc"
