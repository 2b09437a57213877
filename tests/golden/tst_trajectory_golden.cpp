// Optimizers with learning-rate schedules on 2-D functions against PyTorch 1.13
// (generate_schedule_golden.py): each point's x, y, loss and the rate of the next step,
// ≥ 100 steps, several functions and schedulers (ReduceLROnPlateau fed the loss).
// Float64, ≤ 1e-9 relative.
#include "Experiment.h"
#include "trajectory/TrajectoryRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace kobai;

class TrajectoryGolden : public QObject {
    Q_OBJECT
private slots:
    void matchesPytorch_data();
    void matchesPytorch();
};

void TrajectoryGolden::matchesPytorch_data()
{
    QTest::addColumn<QJsonObject>("golden");
    QFile file(QStringLiteral(KOBAI_TEST_DATA_DIR "/trajectories.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object()["cases"].toArray();
    QVERIFY(cases.size() >= 6);
    for (const QJsonValue &c : cases) {
        const QJsonObject e = c["experiment"].toObject();
        const QByteArray name = e["function"].toString().toUtf8() + " " + e["optimizer"]["name"].toString().toUtf8() +
                                " " + e["scheduler"]["name"].toString().toUtf8();
        QTest::newRow(name.constData()) << c.toObject();
    }
}

void TrajectoryGolden::matchesPytorch()
{
    QFETCH(QJsonObject, golden);
    const config::Experiment experiment =
        config::parseExperimentObject(golden["experiment"].toObject(), QString(), "golden");
    QCOMPARE(experiment.kind, config::ExperimentKind::Trajectory);
    const TrajectoryResult result = runTrajectory(experiment.trajectory);
    QCOMPARE(result.status, RunStatus::Finished);
    const QJsonArray expected = golden["points"].toArray();
    QVERIFY(expected.size() > 100);
    QCOMPARE(result.points.size(), static_cast<std::size_t>(expected.size()));
    static const char *columns[] = {"x", "y", "loss", "lr"};
    for (qsizetype step = 0; step < expected.size(); ++step) {
        const TrajectoryPoint &p = result.points[static_cast<std::size_t>(step)];
        const double got[] = {p.x, p.y, p.loss, p.lr};
        for (int i = 0; i < 4; ++i) {
            const double want = expected[step][i].toDouble();
            if (!(std::abs(got[i] - want) <= 1e-9 * std::abs(want)))
                QFAIL(qPrintable(QStringLiteral("step %1, %2: %3 against PyTorch's %4")
                                     .arg(step)
                                     .arg(QLatin1String(columns[i]))
                                     .arg(got[i], 0, 'g', 17)
                                     .arg(want, 0, 'g', 17)));
        }
    }
}

QTEST_APPLESS_MAIN(TrajectoryGolden)
#include "tst_trajectory_golden.moc"
