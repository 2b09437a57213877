// Every optimizer against reference trajectories recorded by generate_optimizer_golden.py:
// PyTorch 1.13 torch.optim for the PyTorch semantics, an independent NumPy transcription
// for the textbook variants. Float64, ≥ 100 steps, three functions; ≤ 1e-9 relative.
#include "Experiment.h"
#include "optim/Optimizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace kobai;

namespace {

Vector<double> gradient(const QString &function, const Vector<double> &p)
{
    const double x = p(0), y = p(1);
    Vector<double> g(2);
    if (function == "ravine") {
        g << x / 10, 2 * y;
    } else if (function == "rosenbrock") {
        g << -2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x);
    } else { // beale
        const double a = 1.5 - x + x * y, b = 2.25 - x + x * y * y, c = 2.625 - x + x * y * y * y;
        g << 2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1),
            2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y;
    }
    return g;
}

} // namespace

class OptimizerGolden : public QObject {
    Q_OBJECT
private slots:
    void matchesReference_data();
    void matchesReference();
};

void OptimizerGolden::matchesReference_data()
{
    QTest::addColumn<QJsonObject>("golden");
    QFile file(QStringLiteral(KOBAI_TEST_DATA_DIR "/optimizers.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object()["cases"].toArray();
    QVERIFY(cases.size() >= 60);
    for (const QJsonValue &c : cases) {
        const QJsonObject o = c.toObject();
        const QByteArray name = o["function"].toString().toUtf8() + " " +
                                QJsonDocument(o["optimizer"].toObject()).toJson(QJsonDocument::Compact);
        QTest::newRow(name.constData()) << o;
    }
}

void OptimizerGolden::matchesReference()
{
    QFETCH(QJsonObject, golden);
    const QJsonObject experiment{{"optimizer", golden["optimizer"]}};
    const OptimizerSpec spec = config::parseExperimentObject(experiment, QString(), "golden").training.optimizer;
    const auto optimizer = makeOptimizer<double>(spec);
    optimizer->reset();
    const QString function = golden["function"].toString();
    Vector<double> p(2);
    p << golden["start"][0].toDouble(), golden["start"][1].toDouble();
    const double lr = baseLearningRate(spec);
    const QJsonArray points = golden["points"].toArray();
    QVERIFY(points.size() >= 100);
    for (qsizetype step = 0; step < points.size(); ++step) {
        optimizer->step(p, gradient(function, p), lr);
        for (int i = 0; i < 2; ++i) {
            const double expected = points[step][i].toDouble();
            const double error = std::abs(p(i) - expected) / std::max(1.0, std::abs(expected));
            if (!(error <= 1e-9))
                QFAIL(qPrintable(QStringLiteral("step %1, coordinate %2: %3 against %4")
                                     .arg(step + 1)
                                     .arg(i)
                                     .arg(p(i), 0, 'g', 17)
                                     .arg(expected, 0, 'g', 17)));
        }
    }
}

QTEST_APPLESS_MAIN(OptimizerGolden)
#include "tst_optimizer_golden.moc"
