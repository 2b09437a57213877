// Every optimizer against reference trajectories recorded by generate_optimizer_golden.py:
// PyTorch 1.13 torch.optim for the PyTorch semantics, an independent NumPy transcription
// for the textbook variants. Float64, ≥ 100 steps, three functions; ≤ 1e-9 relative.
#include "Experiment.h"
#include "SurfaceConfig.h"
#include "optim/Optimizer.h"
#include "trajectory/LossSurface.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace kobai;

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
    const LossSurface surface(SurfaceSpec{
        static_cast<SurfaceKind>(config::functionNames().indexOf(golden["function"].toString()))});
    Vector<double> p(2);
    p << golden["start"][0].toDouble(), golden["start"][1].toDouble();
    const double lr = baseLearningRate(spec);
    const QJsonArray points = golden["points"].toArray();
    QVERIFY(points.size() >= 100);
    for (qsizetype step = 0; step < points.size(); ++step) {
        const std::array<double, 2> g = surface.gradient(p(0), p(1));
        optimizer->step(p, Vector<double>{{g[0], g[1]}}, lr);
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
