// Every learning-rate schedule against the rates PyTorch 1.13's torch.optim.lr_scheduler
// produced (generate_schedule_golden.py): every scheduler and argument, ≥ 100 epochs,
// CosineAnnealingLR past T_max, warm restarts with T_mult 2, SequentialLR, and
// ReduceLROnPlateau on metric sequences that trigger patience, cooldown, both threshold
// modes, mode max and min_lr. Float64, ≤ 1e-9 relative.
#include "Experiment.h"
#include "schedule/ScheduleRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace kobai;

class ScheduleGolden : public QObject {
    Q_OBJECT
private slots:
    void matchesPytorch_data();
    void matchesPytorch();
};

void ScheduleGolden::matchesPytorch_data()
{
    QTest::addColumn<QJsonObject>("golden");
    QFile file(QStringLiteral(KOBAI_TEST_DATA_DIR "/schedules.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object()["cases"].toArray();
    QVERIFY(cases.size() >= 20);
    for (const QJsonValue &c : cases) {
        const QJsonObject scheduler = c["experiment"]["scheduler"].toObject();
        QTest::newRow(QJsonDocument(scheduler).toJson(QJsonDocument::Compact).left(160).constData()) << c.toObject();
    }
}

void ScheduleGolden::matchesPytorch()
{
    QFETCH(QJsonObject, golden);
    const config::Experiment experiment =
        config::parseExperimentObject(golden["experiment"].toObject(), QString(), "golden");
    QCOMPARE(experiment.kind, config::ExperimentKind::Schedule);
    const std::vector<double> rates = scheduleRates(experiment.schedule);
    const QJsonArray expected = golden["rates"].toArray();
    QVERIFY(expected.size() >= 100);
    QCOMPARE(rates.size(), static_cast<std::size_t>(expected.size()));
    for (qsizetype e = 0; e < expected.size(); ++e) {
        const double want = expected[e].toDouble();
        const double got = rates[static_cast<std::size_t>(e)];
        if (!(std::abs(got - want) <= 1e-9 * std::abs(want)))
            QFAIL(qPrintable(QStringLiteral("epoch %1: %2 against PyTorch's %3")
                                 .arg(e)
                                 .arg(got, 0, 'g', 17)
                                 .arg(want, 0, 'g', 17)));
    }
}

QTEST_APPLESS_MAIN(ScheduleGolden)
#include "tst_schedule_golden.moc"
