// kobai-run for kind "sweep": one row per value with the run's final losses, a
// diverged run marked and left without numbers, and located errors.
#include <QTest>

#include <cmath>

#include "KobaiRunProcess.h"

namespace {

const QByteArray learningRateSweep = R"({"kind": "sweep", "field": "optimizer.lr",
  "range": {"min": 0.001, "max": 30, "points": 7, "scale": "log"},
  "experiment": {"seed": 1, "dataset": {"name": "moons", "n": 400}, "model": {"name": "mlp", "hidden": [16]},
                 "epochs": 20, "optimizer": {"name": "SGD"}}})";

} // namespace

class KobaiRunSweep : public QObject {
    Q_OBJECT
private slots:
    void oneRowPerValueWithTheFinalLosses();
    void eachRowIsItsOwnTrainingRun();
    void invalidSweepsAreLocated_data();
    void invalidSweepsAreLocated();
};

void KobaiRunSweep::oneRowPerValueWithTheFinalLosses()
{
    QTemporaryDir dir;
    const Result r = run({writeFile(dir, "sweep.json", learningRateSweep)});
    QVERIFY2(r.exitCode == 0, r.err.constData()); // divergence at the large end is expected
    QVERIFY(r.out.startsWith("value,train_loss,val_loss,train_acc,val_acc,status,stop_epoch\n"));
    const QList<QByteArray> rows = dataRows(r.out);
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows.first().split(',')[0].toDouble(), 0.001);
    QCOMPARE(rows.last().split(',')[0].toDouble(), 30.0);
    // Log-spaced: each value 10^(log10(30000)/6) ≈ 5.55 times the one before.
    const double ratio = rows[1].split(',')[0].toDouble() / rows[0].split(',')[0].toDouble();
    QVERIFY(std::abs(ratio - std::pow(30000.0, 1.0 / 6)) < 1e-9);
    QCOMPARE(rows.last(), QByteArray("30,,,,,diverged,1"));
    QVERIFY(r.err.contains("optimizer.lr = 30: diverged"));
    // The valley: a middle rate ends lower than the smallest one.
    double smallest = rows[0].split(',')[2].toDouble();
    double best = smallest;
    for (const QByteArray &row : rows.mid(1, 4))
        best = std::min(best, row.split(',')[2].toDouble());
    QVERIFY2(best < smallest / 2, r.out.constData());
}

void KobaiRunSweep::eachRowIsItsOwnTrainingRun()
{
    QTemporaryDir dir;
    const Result sweep = run({writeFile(dir, "sweep.json", R"({"kind": "sweep", "field": "optimizer.lr", "values": [0.05],
        "experiment": {"seed": 2, "dataset": {"name": "linear", "n": 200}, "model": {"name": "linear"}, "epochs": 5}})")});
    const Result single = run({writeFile(dir, "one.json", R"({"seed": 2, "dataset": {"name": "linear", "n": 200},
        "model": {"name": "linear"}, "epochs": 5, "optimizer": {"lr": 0.05}})")});
    QCOMPARE(sweep.exitCode, 0);
    const QList<QByteArray> last = dataRows(single.out).last().split(',');
    const QList<QByteArray> row = dataRows(sweep.out).first().split(',');
    QCOMPARE(row[1], last[1]); // train_loss, to the last digit
    QCOMPARE(row[2], last[2]);
    QCOMPARE(row[5], QByteArray("finished"));
}

void KobaiRunSweep::invalidSweepsAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("value the experiment refuses")
        << QByteArray(R"({"kind": "sweep", "field": "optimizer.lr", "values": [0.1, 5000], "experiment": {}})")
        << QByteArray(R"(field "values": value 5000; expected values the experiment accepts at "optimizer.lr")");
    QTest::newRow("values and range") << QByteArray(R"({"kind": "sweep", "field": "seed", "values": [1], "range": {}, "experiment": {}})")
                                      << QByteArray(R"(field "range")");
    QTest::newRow("log range from zero")
        << QByteArray(R"({"kind": "sweep", "field": "optimizer.lr", "range": {"min": 0, "max": 1, "points": 3, "scale": "log"}, "experiment": {}})")
        << QByteArray(R"(field "range.min": value 0; expected a number > 0)");
    QTest::newRow("a sweep of a trajectory")
        << QByteArray(R"({"kind": "sweep", "field": "steps", "values": [5], "experiment": {"kind": "trajectory", "function": "ravine", "start": [1, 1]}})")
        << QByteArray(R"(field "experiment.kind": value "trajectory"; expected training)");
    QTest::newRow("unknown field") << QByteArray(R"({"kind": "sweep", "field": "optimiser.lr", "values": [0.1], "experiment": {}})")
                                   << QByteArray(R"(expected values the experiment accepts at "optimiser.lr")");
    QTest::newRow("no experiment") << QByteArray(R"({"kind": "sweep", "field": "seed", "values": [1]})")
                                   << QByteArray(R"(field "experiment": value (missing))");
}

void KobaiRunSweep::invalidSweepsAreLocated()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const Result r = run({writeFile(dir, "s.json", json), "--out", dir.filePath("out.csv")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!QFile::exists(dir.filePath("out.csv")));
}

QTEST_GUILESS_MAIN(KobaiRunSweep)
#include "tst_kobai_run_sweep.moc"
