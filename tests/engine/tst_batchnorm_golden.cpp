// Batch normalisation against PyTorch 1.13 (tests/golden/batchnorm.json, recorded by
// tests/golden/generate_batchnorm_golden.py): per step on fixed batches, the training-mode
// output, the loss, every parameter's gradient (γ and β included), and after the
// optimizer's step every parameter and the running mean and unbiased running variance;
// at the end the evaluation-mode output. Float64, |Kōbai − PyTorch| ≤ 1e-9 relative to the
// larger of the value and its tensor's largest magnitude (the Linear bias before a batch
// norm has an analytic gradient of 0, so both sides give rounding noise of ~1e-17 there,
// allowed up to 1e-15).
#include "GoldenOptimizer.h"
#include "model/DenseNetwork.h"
#include "model/Loss.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace kobai;

namespace {

constexpr double tolerance = 1e-9;

Matrix<double> columnsOf(const QJsonArray &rows)
{
    Matrix<double> m(rows[0].toArray().size(), rows.size());
    for (qsizetype j = 0; j < rows.size(); ++j)
        for (qsizetype i = 0; i < m.rows(); ++i)
            m(i, j) = rows[j][i].toDouble();
    return m;
}

/// Compares every tensor of buffer (laid out by tensors) with the golden object {name: values}.
QString compareTensors(const Vector<double> &buffer, const std::vector<TensorInfo> &tensors,
                       const QJsonObject &golden)
{
    if (static_cast<std::size_t>(golden.size()) != tensors.size())
        return QStringLiteral("%1 tensors against PyTorch's %2").arg(tensors.size()).arg(golden.size());
    for (const TensorInfo &t : tensors) {
        const QJsonArray expected = golden[QString::fromStdString(t.name)].toArray();
        if (expected.size() != t.size())
            return QStringLiteral("%1: %2 values against %3").arg(t.name.c_str()).arg(t.size()).arg(expected.size());
        double scale = 1e-6;
        for (const QJsonValue &v : expected)
            scale = std::max(scale, std::abs(v.toDouble()));
        for (Eigen::Index k = 0; k < t.size(); ++k) {
            const double want = expected[k].toDouble(), have = buffer(t.offset + k);
            if (!(std::abs(have - want) <= tolerance * std::max(std::abs(want), scale)))
                return QStringLiteral("%1[%2]: %3 against %4")
                    .arg(t.name.c_str())
                    .arg(k)
                    .arg(have, 0, 'g', 17)
                    .arg(want, 0, 'g', 17);
        }
    }
    return {};
}

QString compareMatrix(const Matrix<double> &have, const QJsonArray &rows)
{
    const Matrix<double> want = columnsOf(rows);
    if (have.rows() != want.rows() || have.cols() != want.cols())
        return QStringLiteral("shape %1 × %2 against %3 × %4").arg(have.rows()).arg(have.cols()).arg(want.rows()).arg(want.cols());
    const double scale = std::max(1e-6, want.cwiseAbs().maxCoeff());
    for (Eigen::Index k = 0; k < have.size(); ++k)
        if (!(std::abs(have(k) - want(k)) <= tolerance * std::max(std::abs(want(k)), scale)))
            return QStringLiteral("element %1: %2 against %3").arg(k).arg(have(k), 0, 'g', 17).arg(want(k), 0, 'g', 17);
    return {};
}

Activation activationOf(const QString &name)
{
    return name == QLatin1String("relu") ? Activation::Relu
           : name == QLatin1String("sigmoid") ? Activation::Sigmoid
                                              : Activation::Tanh;
}

} // namespace

class BatchNormGolden : public QObject {
    Q_OBJECT
private slots:
    void matchesPyTorch_data();
    void matchesPyTorch();
};

void BatchNormGolden::matchesPyTorch_data()
{
    QFile file(QStringLiteral(KOBAI_SOURCE_DIR "/tests/golden/batchnorm.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object()["cases"].toArray();
    QVERIFY(cases.size() >= 4);
    QTest::addColumn<QJsonObject>("golden");
    for (const QJsonValue &c : cases)
        QTest::newRow(qPrintable(c["name"].toString())) << c.toObject();
}

void BatchNormGolden::matchesPyTorch()
{
    QFETCH(QJsonObject, golden);
    const QJsonObject &g = golden; // const: QJsonValue's lookups by key
    std::vector<Eigen::Index> sizes;
    for (const QJsonValue &size : g["sizes"].toArray())
        sizes.push_back(size.toInt());
    const BatchNormSpec batchNorm{g["batch_norm"]["eps"].toDouble(), g["batch_norm"]["momentum"].toDouble()};
    DenseNetwork<double> net(sizes, activationOf(g["activation"].toString()), 0.0, nullptr, batchNorm);
    Random unused(1);
    net.initialize(InitScheme::Normal, 1.0, unused); // running statistics to 0 and 1, as PyTorch's start
    const QJsonObject initial = g["initial"].toObject();
    for (const TensorInfo &t : net.tensors())
        for (Eigen::Index k = 0; k < t.size(); ++k)
            net.parameters()(t.offset + k) = initial[QString::fromStdString(t.name)][k].toDouble();

    const bool classification = g["loss"].toString() == QLatin1String("cross_entropy");
    std::unique_ptr<Loss<double>> loss;
    if (classification)
        loss = std::make_unique<SoftmaxCrossEntropy<double>>();
    else
        loss = std::make_unique<MeanSquaredError<double>>();
    const OptimizerSpec spec = optimizerSpecOf(g["optimizer"].toObject());
    const auto optimizer = makeOptimizer<double>(spec);

    const QJsonArray batches = g["batches"].toArray();
    const QJsonArray steps = g["steps"].toArray();
    QCOMPARE(steps.size(), batches.size() * g["epochs"].toInt());
    for (qsizetype step = 0; step < steps.size(); ++step) {
        const QJsonObject batch = batches[step % batches.size()].toObject();
        const QJsonObject expected = steps[step].toObject();
        const Matrix<double> x = columnsOf(batch["x"].toArray());
        std::vector<int> labels;
        Matrix<double> values;
        if (classification)
            for (const QJsonValue &label : batch["y"].toArray())
                labels.push_back(label.toInt());
        else
            values = columnsOf(batch["y"].toArray());
        const BatchTargets<double> targets{labels, &values};
        const QString where = QStringLiteral("step %1: ").arg(step + 1);

        const Matrix<double> &output = net.forward(x, ForwardMode::Train, nullptr);
        QString problem = compareMatrix(output, expected["output"].toArray());
        QVERIFY2(problem.isEmpty(), qPrintable(where + "output " + problem));
        Matrix<double> outputGradient;
        const double value = loss->evaluate(output, targets, &outputGradient);
        QVERIFY2(std::abs(value - expected["loss"].toDouble()) <= tolerance * std::abs(expected["loss"].toDouble()),
                 qPrintable(where + QStringLiteral("loss %1").arg(value, 0, 'g', 17)));
        net.backward(outputGradient);
        problem = compareTensors(net.gradients(), net.tensors(), expected["gradients"].toObject());
        QVERIFY2(problem.isEmpty(), qPrintable(where + "gradient " + problem));
        optimizer->step(net.parameters(), net.gradients(), baseLearningRate(spec));
        problem = compareTensors(net.parameters(), net.tensors(), expected["parameters"].toObject());
        QVERIFY2(problem.isEmpty(), qPrintable(where + "parameter " + problem));
        problem = compareTensors(net.runningStatistics(), net.runningTensors(), expected["running"].toObject());
        QVERIFY2(problem.isEmpty(), qPrintable(where + "running statistic " + problem));
    }
    const Matrix<double> x = columnsOf(g["eval"]["x"].toArray());
    const QString problem = compareMatrix(net.forward(x, ForwardMode::Evaluate, nullptr),
                                          g["eval"]["output"].toArray());
    QVERIFY2(problem.isEmpty(), qPrintable("evaluation output " + problem));
}

QTEST_APPLESS_MAIN(BatchNormGolden)
#include "tst_batchnorm_golden.moc"
