// kobai-run's trajectory and schedule kinds: the CSV shapes, divergence, the summary
// and state files, and the committed classic comparison on the ravine.
#include "KobaiRunProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <cmath>

class KobaiRunKinds : public QObject {
    Q_OBJECT
private slots:
    void trajectoryRowsAndSummary();
    void stateFileHasEveryStep();
    void saddleFallsWithoutDiverging();
    void divergenceExitsThree_data();
    void divergenceExitsThree();
    void scheduleCsvHasEpochsRows_data();
    void scheduleCsvHasEpochsRows();
    void invalidTrajectoryOrSchedule_data();
    void invalidTrajectoryOrSchedule();
    void classicComparisonMatchesCommittedCsv_data();
    void classicComparisonMatchesCommittedCsv();
};

void KobaiRunKinds::trajectoryRowsAndSummary()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "t.json", R"({"kind": "trajectory", "function": "rosenbrock",
        "start": [-1.2, 1.4], "steps": 150,
        "optimizer": {"name": "Adam", "lr": 0.02, "betas": [0.85, 0.995], "eps": 1e-7},
        "scheduler": {"name": "StepLR", "step_size": 20, "gamma": 0.6}})");
    const Result r = run({experiment, "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("step,x,y,loss,lr\n"));
    const QList<QByteArray> rows = dataRows(r.out);
    QCOMPARE(rows.size(), 151);
    QCOMPARE(rows.first(), QByteArray("0,-1.2,1.3999999999999999,5.0000000000000009,0.02"));
    // Row t's lr is the rate of the step t → t + 1: steps 0 … 19 at 0.02, step 20 at 0.02·0.6.
    QCOMPARE(rows[19].split(',')[4].toDouble(), 0.02);
    QCOMPARE(rows[20].split(',')[4].toDouble(), 0.02 * 0.6);

    const QJsonObject summary = readJson(dir.filePath("s.json"));
    QCOMPARE(summary["status"].toString(), "finished");
    QCOMPARE(summary["stop_step"].toInt(), 150);
    const QList<QByteArray> last = rows.last().split(',');
    QCOMPARE(summary["final_point"][0].toDouble(), last[1].toDouble());
    QCOMPARE(summary["final_point"][1].toDouble(), last[2].toDouble());
    QCOMPARE(summary["final_loss"].toDouble(), last[3].toDouble());
    const QJsonObject config = summary["config"].toObject();
    QCOMPARE(config["kind"].toString(), "trajectory");
    QCOMPARE(config["optimizer"]["weight_decay"].toDouble(), 0.0);
    QCOMPARE(config["scheduler"]["name"].toString(), "StepLR");
}

void KobaiRunKinds::stateFileHasEveryStep()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "t.json", R"({"kind": "trajectory", "function": {"name": "quadratic",
        "a": 1, "b": 10}, "start": [3, 1], "steps": 12, "optimizer": {"name": "Momentum", "variant": "textbook"}})");
    const Result r = run({experiment, "--state", dir.filePath("state.csv")});
    QCOMPARE(r.exitCode, 0);
    QFile file(dir.filePath("state.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray state = file.readAll();
    QVERIFY(state.startsWith("step,name,index,value\n"));
    const QList<QByteArray> rows = dataRows(state);
    QCOMPARE(rows.size(), 12 * 2); // velocity: two components after each of the 12 steps
    QVERIFY(rows.first().startsWith("1,"));
    QVERIFY(rows.last().startsWith("12,"));
    QCOMPARE(run({experiment, "--per-update", dir.filePath("u.csv")}).exitCode, 2);
}

void KobaiRunKinds::saddleFallsWithoutDiverging()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "t.json", R"({"kind": "trajectory", "function": "saddle",
        "start": [1, 0.001], "steps": 40, "optimizer": {"lr": 0.1}})");
    const Result r = run({experiment});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> rows = dataRows(r.out);
    QCOMPARE(rows.size(), 41);
    QVERIFY(rows.last().split(',')[3].toDouble() < -1); // the loss keeps falling
}

void KobaiRunKinds::divergenceExitsThree_data()
{
    QTest::addColumn<QByteArray>("optimizer");
    // Only the rules whose step grows with the gradient can leave the rails; AdaGrad,
    // RMSprop, Adadelta and Adam move at most about lr per step.
    QTest::newRow("SGD") << QByteArray(R"({"name": "SGD", "lr": 1.1})");
    QTest::newRow("SGD momentum") << QByteArray(R"({"name": "SGD", "lr": 2, "momentum": 0.9})");
    QTest::newRow("SGD nesterov") << QByteArray(R"({"name": "SGD", "lr": 2, "momentum": 0.9, "nesterov": true})");
    QTest::newRow("textbook SGD") << QByteArray(R"({"name": "SGD", "variant": "textbook", "lr": 1.1})");
    QTest::newRow("textbook Momentum") << QByteArray(R"({"name": "Momentum", "variant": "textbook", "lr": 2})");
    QTest::newRow("textbook Nesterov") << QByteArray(R"({"name": "Nesterov", "variant": "textbook", "lr": 2})");
}

void KobaiRunKinds::divergenceExitsThree()
{
    QFETCH(QByteArray, optimizer);
    QTemporaryDir dir;
    const QString experiment =
        writeFile(dir, "t.json", R"({"kind": "trajectory", "function": "ravine", "start": [-7, 2], "steps": 1000,
        "optimizer": )" + optimizer + "}");
    const Result r = run({experiment, "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 3);
    const QJsonObject summary = readJson(dir.filePath("s.json"));
    QCOMPARE(summary["status"].toString(), "diverged");
    const int stop = summary["stop_step"].toInt();
    QVERIFY(stop > 1 && stop < 1000);
    QVERIFY2(r.err.contains(QStringLiteral("diverged at step %1").arg(stop).toUtf8()), r.err.constData());
    const QList<QByteArray> rows = dataRows(r.out);
    QCOMPARE(rows.size(), stop); // rows 0 … S − 1: every point before the divergence
    QVERIFY(!r.out.toLower().contains("nan") && !r.out.toLower().contains("inf"));
}

void KobaiRunKinds::scheduleCsvHasEpochsRows_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("rows");
    QTest::newRow("no scheduler") << QByteArray(R"({"kind": "schedule", "lr": 0.3, "epochs": 7})") << 7;
    QTest::newRow("cosine") << QByteArray(R"({"kind": "schedule", "epochs": 37,
        "scheduler": {"name": "cosineannealinglr", "T_max": 10}})") << 37;
    QTest::newRow("sequential") << QByteArray(R"({"kind": "schedule", "epochs": 100,
        "scheduler": {"name": "SequentialLR", "milestones": [5], "schedulers": [{"name": "LinearLR"},
        {"name": "CosineAnnealingLR", "T_max": 95}]}})") << 100;
    QTest::newRow("plateau") << QByteArray(R"({"kind": "schedule", "scheduler": {"name": "ReduceLROnPlateau",
        "patience": 1}, "metrics": [1, 1, 1, 1, 0.5]})") << 5;
}

void KobaiRunKinds::scheduleCsvHasEpochsRows()
{
    QFETCH(QByteArray, json);
    QFETCH(int, rows);
    QTemporaryDir dir;
    const Result r = run({writeFile(dir, "s.json", json)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("epoch,lr\n"));
    const QList<QByteArray> lines = dataRows(r.out);
    QCOMPARE(lines.size(), rows);
    QVERIFY(lines.first().startsWith("0,"));
    QVERIFY(lines.last().startsWith(QByteArray::number(rows - 1) + ","));
}

void KobaiRunKinds::invalidTrajectoryOrSchedule_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("optimizer argument")
        << QByteArray(R"({"kind": "trajectory", "function": "ravine", "start": [1, 1],
                          "optimizer": {"name": "Adam", "betas": [0.9, 1.5]}})")
        << R"(field "optimizer.betas[1]" (Adam): value 1.5; expected a number ≥ 0 and < 1)";
    QTest::newRow("unknown function")
        << QByteArray(R"({"kind": "trajectory", "function": "banana", "start": [1, 1]})")
        << R"(field "function": value "banana"; expected one of ravine, rosenbrock)";
    QTest::newRow("missing start") << QByteArray(R"({"kind": "trajectory", "function": "ravine"})")
                                   << R"(field "start": value (missing); expected an array of 2 numbers)";
    QTest::newRow("quadratic argument")
        << QByteArray(R"({"kind": "trajectory", "function": {"name": "ravine", "a": 2}, "start": [1, 1]})")
        << R"(field "function.a": value 2; expected no such key here)";
    QTest::newRow("training key in a trajectory")
        << QByteArray(R"({"kind": "trajectory", "function": "ravine", "start": [1, 1], "epochs": 3})")
        << R"(field "epochs": value 3; expected no such key here)";
    QTest::newRow("metrics without plateau")
        << QByteArray(R"({"kind": "schedule", "scheduler": {"name": "ExponentialLR", "gamma": 0.9},
                          "metrics": [1, 2]})")
        << R"(field "metrics": value [1,2]; expected no metrics)";
    QTest::newRow("plateau without metrics")
        << QByteArray(R"({"kind": "schedule", "scheduler": {"name": "ReduceLROnPlateau"}})")
        << R"(field "metrics": value (missing); expected an array of the monitored values)";
    QTest::newRow("epochs against metrics")
        << QByteArray(R"({"kind": "schedule", "epochs": 3, "scheduler": {"name": "ReduceLROnPlateau"},
                          "metrics": [1, 2]})")
        << R"(field "epochs": value 3; expected 2, the number of metrics)";
    QTest::newRow("schedule lr") << QByteArray(R"({"kind": "schedule", "lr": 0})")
                                 << R"(field "lr": value 0; expected a number > 0 and ≤ 1000)";
}

void KobaiRunKinds::invalidTrajectoryOrSchedule()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "bad.json", json);
    const Result r = run({experiment, "--out", dir.filePath("c.csv"), "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 2);
    const QString message = QString::fromUtf8(r.err);
    QVERIFY2(message.contains(experiment) && message.contains(expected), qPrintable(message));
    QCOMPARE(message.trimmed().count('\n'), 0);
    QVERIFY(!QFile::exists(dir.filePath("c.csv")));
    QVERIFY(!QFile::exists(dir.filePath("s.json")));
}

void KobaiRunKinds::classicComparisonMatchesCommittedCsv_data()
{
    QTest::addColumn<QString>("experiment");
    const QDir folder(QStringLiteral(KOBAI_SOURCE_DIR "/examples/ravine-classic"));
    const QStringList files = folder.entryList({"*.json"}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 4);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << folder.filePath(file);
}

void KobaiRunKinds::classicComparisonMatchesCommittedCsv()
{
    QFETCH(QString, experiment);
    QFile committed(QString(experiment).replace(".json", ".csv"));
    QVERIFY(committed.open(QIODevice::ReadOnly));
    const Result r = run({experiment});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, committed.readAll());
    QCOMPARE(dataRows(r.out).size(), 31);
}

QTEST_GUILESS_MAIN(KobaiRunKinds)
#include "tst_kobai_run_kinds.moc"
