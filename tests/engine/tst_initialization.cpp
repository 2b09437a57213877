// Initial weights follow each scheme's distribution: the spread of every layer's
// weights matches the scheme's variance, and biases start at zero except under
// "pytorch", where they share the weights' uniform bound 1/√fan_in.
#include "model/DenseNetwork.h"

#include <QTest>

#include <cmath>

using namespace kobai;

Q_DECLARE_METATYPE(kobai::InitScheme)

class Initialization : public QObject {
    Q_OBJECT
private slots:
    void weightsHaveTheSchemesSpread_data();
    void weightsHaveTheSchemesSpread();
};

void Initialization::weightsHaveTheSchemesSpread_data()
{
    QTest::addColumn<InitScheme>("scheme");
    QTest::addColumn<double>("varianceTimesFanIn"); // of the weights
    QTest::addColumn<bool>("uniform");              // bounded by 1/√fan_in, biases too
    QTest::newRow("he") << InitScheme::He << 2.0 << false;
    QTest::newRow("xavier") << InitScheme::Xavier << 1.0 << false;
    QTest::newRow("pytorch") << InitScheme::PyTorch << 1.0 / 3.0 << true; // U(−c, c) has variance c²/3
}

void Initialization::weightsHaveTheSchemesSpread()
{
    QFETCH(InitScheme, scheme);
    QFETCH(double, varianceTimesFanIn);
    QFETCH(bool, uniform);
    DenseNetwork<double> net({784, 100, 10}, Activation::Relu, 0.0);
    Random random(7);
    net.initialize(scheme, 0.01, random);
    for (const TensorInfo &t : net.tensors()) {
        const auto values = net.parameters().segment(t.offset, t.size());
        const double fanIn = t.isWeight ? static_cast<double>(t.cols) : (t.rows == 100 ? 784.0 : 100.0);
        const double bound = 1.0 / std::sqrt(fanIn);
        if (uniform)
            QVERIFY2(values.cwiseAbs().maxCoeff() <= bound, t.name.c_str());
        if (!t.isWeight) {
            QCOMPARE(values.isZero(0.0), !uniform);
            continue;
        }
        const double variance = values.squaredNorm() / static_cast<double>(values.size());
        // 78 400 and 1 000 samples: the estimate's relative spread is about 0.5 % and 5 %.
        const double tolerance = values.size() > 10'000 ? 0.03 : 0.2;
        QVERIFY2(std::abs(variance * fanIn / varianceTimesFanIn - 1.0) < tolerance, t.name.c_str());
    }
}

QTEST_APPLESS_MAIN(Initialization)
#include "tst_initialization.moc"
