// Every update rule against reference trajectories recorded by
// tests/golden/generate_optimizer_golden.py: PyTorch 1.13 torch.optim for the PyTorch
// semantics (some cases with a scheduler stepped after each step), an independent NumPy
// transcription for the textbook variants. Float64, ≥ 100 steps, three functions;
// ≤ 1e-9 relative. Specs are built from the rules' own field tables: no config reader.
#include "GoldenOptimizer.h"
#include "schedule/ScheduleSpec.h"
#include "trajectory/LossSurface.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace kobai;

namespace {

/// The few schedulers the golden file steps per step.
OptionalScheduleSpec scheduleOf(const QJsonObject &object)
{
    const QString name = object["name"].toString();
    if (name == QLatin1String("ExponentialLR"))
        return ExponentialLROptions{.gamma = object["gamma"].toDouble()};
    if (name == QLatin1String("StepLR"))
        return StepLROptions{.step_size = object["step_size"].toInteger(), .gamma = object["gamma"].toDouble()};
    if (!name.isEmpty())
        qFatal("scheduler %s: not one the golden file uses", qPrintable(name));
    return std::nullopt;
}

SurfaceKind surfaceOf(const QString &name)
{
    static const QHash<QString, SurfaceKind> kinds{{QStringLiteral("ravine"), SurfaceKind::Ravine},
                                                   {QStringLiteral("rosenbrock"), SurfaceKind::Rosenbrock},
                                                   {QStringLiteral("beale"), SurfaceKind::Beale}};
    return kinds.value(name);
}

} // namespace

class OptimizerGolden : public QObject {
    Q_OBJECT
private slots:
    void everyRuleHasGoldenCases();
    void matchesReference_data();
    void matchesReference();

private:
    static QJsonArray cases();
};

QJsonArray OptimizerGolden::cases()
{
    QFile file(QStringLiteral(KOBAI_SOURCE_DIR "/tests/golden/optimizers.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object()["cases"].toArray();
}

void OptimizerGolden::everyRuleHasGoldenCases()
{
    QSet<std::size_t> covered;
    for (const QJsonValue &c : cases())
        covered.insert(optimizerSpecOf(c["optimizer"].toObject()).index());
    for (const RuleEntry &rule : allRules())
        QVERIFY2(covered.contains(rule.specIndex), rule.name.c_str());
}

void OptimizerGolden::matchesReference_data()
{
    QTest::addColumn<QJsonObject>("golden");
    const QJsonArray all = cases();
    QVERIFY(all.size() >= 60);
    for (const QJsonValue &c : all) {
        const QJsonObject o = c.toObject();
        QByteArray name = o["function"].toString().toUtf8() + " " +
                          QJsonDocument(o["optimizer"].toObject()).toJson(QJsonDocument::Compact);
        if (o.contains("scheduler"))
            name += " " + QJsonDocument(o["scheduler"].toObject()).toJson(QJsonDocument::Compact);
        QTest::newRow(name.constData()) << o;
    }
}

void OptimizerGolden::matchesReference()
{
    QFETCH(QJsonObject, golden);
    const OptimizerSpec spec = optimizerSpecOf(golden["optimizer"].toObject());
    const auto optimizer = makeOptimizer<double>(spec);
    const auto schedule = makeSchedule(scheduleOf(golden["scheduler"].toObject()), baseLearningRate(spec));
    const LossSurface surface(SurfaceSpec{surfaceOf(golden["function"].toString())});
    Vector<double> p(2);
    p << golden["start"][0].toDouble(), golden["start"][1].toDouble();
    const QJsonArray points = golden["points"].toArray();
    QVERIFY(points.size() >= 100);
    for (qsizetype step = 0; step < points.size(); ++step) {
        const std::array<double, 2> g = surface.gradient(p(0), p(1));
        optimizer->step(p, Vector<double>{{g[0], g[1]}}, schedule->rate());
        schedule->step(surface.value(p(0), p(1)));
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
