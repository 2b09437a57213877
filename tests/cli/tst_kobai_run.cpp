// kobai-run as a user meets it: exit codes, stdout carrying only CSV, output files,
// and no file created when the input is wrong.
#include "KobaiRunProcess.h"

#include <QTest>

class KobaiRun : public QObject {
    Q_OBJECT
private slots:
    void helpDescribesTheCommand();
    void stdoutCarriesOnlyTheCsv();
    void writesTheRequestedFiles();
    void regressionLeavesAccuracyEmpty();
    void divergenceExitsThreeWithoutNaNRows();
    void earlyStoppingExitsZero();
    void schedulerSetsTheLrColumn();
    void invalidInputCreatesNoFile_data();
    void invalidInputCreatesNoFile();
    void wrongCommandLineExitsTwo();
    void pytorchScriptRunsTheSameExperiment();
    void writesLayerStatistics();
    void dataParallelAddsItsColumns();
    void ddpScriptOnlyForSyncRuns_data();
    void ddpScriptOnlyForSyncRuns();
    void ddpScriptNeedsATrainingRun();
};

void KobaiRun::helpDescribesTheCommand()
{
    const Result r = run({"--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--per-update"));
    QVERIFY(r.out.contains("EXPERIMENT.json"));
}

void KobaiRun::stdoutCarriesOnlyTheCsv()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "e.json", R"({"seed": 3, "epochs": 4, "optimizer": {"lr": 0.1}})");
    const Result r = run({experiment});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("epoch,train_loss,val_loss,train_acc,val_acc,lr,updates,seconds,penalty"));
    QCOMPARE(lines.size(), 1 + 5);
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        QCOMPARE(cells.size(), 9);
        QCOMPARE(cells[0].toInt(), i - 1);
        QCOMPARE(cells[6].toInt(), (i - 1) * 25);
    }
    QCOMPARE(lines[1].split(',')[7], QByteArray("0")); // row 0: no updates, no time
    QVERIFY(r.err.isEmpty());
}

void KobaiRun::writesTheRequestedFiles()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "e.json", R"({"epochs": 3, "batch_size": 100})");
    const Result r = run({experiment, "--out", dir.filePath("c.csv"), "--per-update", dir.filePath("u.csv"),
                          "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile curve(dir.filePath("c.csv"));
    QVERIFY(curve.open(QIODevice::ReadOnly));
    QCOMPARE(dataRows(curve.readAll()).size(), 4);
    QFile updates(dir.filePath("u.csv"));
    QVERIFY(updates.open(QIODevice::ReadOnly));
    const QByteArray updateCsv = updates.readAll();
    QVERIFY(updateCsv.startsWith("update,epoch,batch_loss\n"));
    QCOMPARE(dataRows(updateCsv).size(), 3 * 8);
    QCOMPARE(dataRows(updateCsv).last().split(',')[1], QByteArray("3"));

    const QJsonObject summary = readJson(dir.filePath("s.json"));
    QCOMPARE(summary["status"].toString(), "finished");
    QCOMPARE(summary["stop_epoch"].toInt(), 3);
    QCOMPARE(summary["stop_update"].toInt(), 24);
    QVERIFY(summary["best_epoch"].toInt() >= 0);
    QVERIFY(summary["best_val_loss"].toDouble() > 0);
    QVERIFY(summary.contains("version"));
    QCOMPARE(summary["config"].toObject()["batch_size"].toInt(), 100);
    QCOMPARE(summary["config"].toObject()["optimizer"].toObject()["lr"].toDouble(), 0.01);
}

void KobaiRun::regressionLeavesAccuracyEmpty()
{
    const Result r = run({KOBAI_SOURCE_DIR "/examples/linear-bgd.json"});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> cells = dataRows(r.out).first().split(',');
    QVERIFY(cells[3].isEmpty() && cells[4].isEmpty());
}

void KobaiRun::divergenceExitsThreeWithoutNaNRows()
{
    QTemporaryDir dir;
    const Result r = run({KOBAI_SOURCE_DIR "/examples/linear-divergent.json", "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("diverged at epoch"), r.err.constData());
    QVERIFY(!r.out.toLower().contains("nan") && !r.out.toLower().contains("inf"));
    QVERIFY(dataRows(r.out).size() >= 1);
    QCOMPARE(readJson(dir.filePath("s.json"))["status"].toString(), "diverged");
}

void KobaiRun::earlyStoppingExitsZero()
{
    QTemporaryDir dir;
    const Result r = run({KOBAI_SOURCE_DIR "/examples/moons-mlp.json", "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject summary = readJson(dir.filePath("s.json"));
    QCOMPARE(summary["status"].toString(), "early_stopped");
    QVERIFY(summary["stop_epoch"].toInt() < 50);
}

void KobaiRun::schedulerSetsTheLrColumn()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "e.json", R"({"epochs": 5, "batch_size": 0, "optimizer": {"lr": 0.1},
        "scheduler": {"name": "StepLR", "step_size": 2}})");
    const Result r = run({experiment, "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 0);
    // Row e: the rate used during epoch e; PyTorch steps the scheduler after each epoch.
    const double expected[] = {0.1, 0.1, 0.1, 0.1 * 0.1, 0.1 * 0.1, 0.1 * 0.1 * 0.1};
    const QList<QByteArray> rows = dataRows(r.out);
    QCOMPARE(rows.size(), 6);
    for (int e = 0; e < rows.size(); ++e)
        QCOMPARE(rows[e].split(',')[5].toDouble(), expected[e]);
    const QJsonObject config = readJson(dir.filePath("s.json"))["config"].toObject();
    const QJsonObject scheduler = config["scheduler"].toObject();
    QCOMPARE(scheduler["name"].toString(), "StepLR");
    QCOMPARE(scheduler["gamma"].toDouble(), 0.1); // the default, filled in
}

void KobaiRun::invalidInputCreatesNoFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{") << "not valid JSON";
    QTest::newRow("bad lr") << QByteArray(R"({"optimizer": {"lr": -1}})") << R"(field "optimizer.lr" (SGD): value -1)";
    QTest::newRow("unknown key") << QByteArray(R"({"epochz": 1})") << R"(field "epochz")";
    QTest::newRow("scheduler gamma")
        << QByteArray(R"({"scheduler": {"name": "StepLR", "step_size": 5, "gamma": -1}})")
        << R"(field "scheduler.gamma" (StepLR): value -1; expected a number > 0)";
    QTest::newRow("scheduler required argument")
        << QByteArray(R"({"scheduler": {"name": "CosineAnnealingLR"}})")
        << R"(field "scheduler.T_max" (CosineAnnealingLR): value (missing); expected an integer ≥ 1 (required)";
    QTest::newRow("scheduler T_mult")
        << QByteArray(R"({"scheduler": {"name": "CosineAnnealingWarmRestarts", "T_0": 5, "T_mult": 1.5}})")
        << R"(field "scheduler.T_mult" (CosineAnnealingWarmRestarts): value 1.5; expected an integer ≥ 1)";
    QTest::newRow("scheduler milestones")
        << QByteArray(R"({"scheduler": {"name": "MultiStepLR", "milestones": [5, 3]}})")
        << R"(field "scheduler.milestones" (MultiStepLR): value [5,3]; expected strictly increasing epochs)";
    QTest::newRow("scheduler factor")
        << QByteArray(R"({"scheduler": {"name": "ReduceLROnPlateau", "factor": 1}})")
        << R"(field "scheduler.factor" (ReduceLROnPlateau): value 1; expected a number > 0 and < 1)";
    QTest::newRow("scheduler unknown argument")
        << QByteArray(R"({"scheduler": {"name": "ExponentialLR", "gamma": 0.9, "step_size": 3}})")
        << R"(field "scheduler.step_size" (ExponentialLR): value 3; expected no such key here)";
    QTest::newRow("chained plateau")
        << QByteArray(R"({"scheduler": {"name": "SequentialLR", "milestones": [3],
                          "schedulers": [{"name": "LinearLR"}, {"name": "ReduceLROnPlateau"}]}})")
        << R"(field "scheduler.schedulers[1].name" (ReduceLROnPlateau): value "ReduceLROnPlateau")";
    QTest::newRow("sequential milestones")
        << QByteArray(R"({"scheduler": {"name": "SequentialLR", "milestones": [3, 6],
                          "schedulers": [{"name": "LinearLR"}, {"name": "ExponentialLR", "gamma": 0.9}]}})")
        << R"(field "scheduler.milestones" (SequentialLR): value [3,6]; expected 1 milestones)";
    QTest::newRow("unknown scheduler")
        << QByteArray(R"({"scheduler": {"name": "OneCycleLR"}})") << R"(field "scheduler.name": value "OneCycleLR")";
    QTest::newRow("missing data folder")
        << QByteArray(R"({"dataset": {"name": "fashion-mnist", "path": "/nonexistent/fm"}})")
        << "/nonexistent/fm/train-images-idx3-ubyte";
}

void KobaiRun::invalidInputCreatesNoFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "bad.json", json);
    const Result r = run({experiment, "--out", dir.filePath("c.csv"), "--per-update", dir.filePath("u.csv"),
                          "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 2);
    const QString message = QString::fromUtf8(r.err);
    QVERIFY2(message.contains(experiment) && message.contains(expected), qPrintable(message));
    QCOMPARE(message.trimmed().count('\n'), 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath("c.csv")));
    QVERIFY(!QFile::exists(dir.filePath("u.csv")));
    QVERIFY(!QFile::exists(dir.filePath("s.json")));
}

void KobaiRun::wrongCommandLineExitsTwo()
{
    QCOMPARE(run({}).exitCode, 2);
    QCOMPARE(run({"--no-such-option", "x.json"}).exitCode, 2);
    QCOMPARE(run({"/nonexistent/e.json"}).exitCode, 2);
}

void KobaiRun::pytorchScriptRunsTheSameExperiment()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "e.json", R"({"seed": 5, "epochs": 3, "batch_size": 64,
        "model": {"hidden": [16], "activation": "tanh", "dropout": 0.1, "batch_norm": {"eps": 0.001, "momentum": 0.2}},
        "optimizer": {"name": "Momentum", "variant": "textbook", "lr": 0.05},
        "regularization": {"l2": 0.001}, "clip_grad_norm": 5,
        "scheduler": {"name": "steplr", "step_size": 1, "gamma": 0.5}})");
    const Result script = run({"--as-pytorch", experiment});
    QCOMPARE(script.exitCode, 0);
    QVERIFY(script.out.contains("TextbookMomentum(model.parameters(), lr=0.05, momentum=0.9)"));
    // Named modules: the script's state_dict keys are Kōbai's tensor names (layer1_bn.weight, …).
    QVERIFY2(script.out.contains(R"(("layer1", nn.Linear(inputs, 16)), ("layer1_bn", nn.BatchNorm1d(16, eps=0.001, )"
                                 R"(momentum=0.2)), ("act1", nn.Tanh()), ("drop1", KobaiDropout(0.1, dropout_random)),)"),
             script.out.constData());
    QVERIFY(script.out.contains(R"(("layer2", nn.Linear(16, outputs)),)"));
    QVERIFY(script.out.contains("clip_norm=5"));
    QVERIFY(script.out.contains("scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)"));

    // Run it when PyTorch is there (the set-up installs python3-torch): same CSV columns,
    // same number of rows, and it learns.
    QVERIFY2(QFile::exists("/usr/bin/python3"), "Debian's python3 is part of the set-up");
    const Result python = runProgram("/usr/bin/python3", {"-"}, script.out);
    const QByteArray &err = python.err;
    QCOMPARE(python.exitCode, 0);
    const QList<QByteArray> lines = python.out.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("epoch,train_loss,val_loss,train_acc,val_acc,lr,updates,seconds,penalty"));
    QCOMPARE(lines.size(), 1 + 4);
    QVERIFY2(lines.last().split(',')[1].toDouble() < lines[1].split(',')[1].toDouble(), err.constData());
    QCOMPARE(lines.last().split(',')[6].toInt(), 3 * 13);
    // The schedule is deterministic: the same rate in every row.
    const QList<QByteArray> kobaiRows = dataRows(run({experiment}).out);
    for (int row = 0; row < kobaiRows.size(); ++row)
        QCOMPARE(lines[row + 1].split(',')[5].toDouble(), kobaiRows[row].split(',')[5].toDouble());
}

void KobaiRun::writesLayerStatistics()
{
    QTemporaryDir dir;
    // 100 moons, 80 of them for training: the statistics batch is all 80.
    const QString chosen = writeFile(dir, "e.json", R"({"epochs": 3, "dataset": {"n": 100, "val_fraction": 0.2},
        "model": {"hidden": [3, 2], "activation": "tanh"}, "layer_stats": {"epochs": [0, 3]}})");
    const Result r = run({chosen, "--out", dir.filePath("c.csv"), "--layer-stats", dir.filePath("l.csv")});
    QCOMPARE(r.exitCode, 0);
    QFile file(dir.filePath("l.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("epoch,layer,mean,std,saturated,dead,weight_grad_norm,hist_low,hist_high,bin1,bin2,"));
    // The weight histogram's columns come after every older one.
    QVERIFY(csv.split('\n').first().endsWith(",bin29,bin30,weight_hist_low,weight_hist_high,wbin1,wbin2,"
                                              "wbin3,wbin4,wbin5,wbin6,wbin7,wbin8,wbin9,wbin10,wbin11,wbin12,"
                                              "wbin13,wbin14,wbin15,wbin16,wbin17,wbin18,wbin19,wbin20,wbin21,"
                                              "wbin22,wbin23,wbin24,wbin25,wbin26,wbin27,wbin28,wbin29,wbin30"));
    const QList<QByteArray> rows = dataRows(csv);
    QCOMPARE(rows.size(), 2 * 2); // epochs 0 and 3, layers 1 and 2
    const int units[] = {3, 2};
    for (int i = 0; i < rows.size(); ++i) {
        const QList<QByteArray> cells = rows[i].split(',');
        QCOMPARE(cells.size(), 9 + 30 + 2 + 30);
        QCOMPARE(cells[0].toInt(), i < 2 ? 0 : 3);
        QCOMPARE(cells[1].toInt(), i % 2 + 1);
        QVERIFY(!cells[4].isEmpty()); // tanh: saturated, no dead
        QVERIFY(cells[5].isEmpty());
        QVERIFY(cells[6].toDouble() > 0);
        QCOMPARE(cells[7], QByteArray("-1"));
        QCOMPARE(cells[8], QByteArray("1"));
        long long total = 0;
        for (int bin = 9; bin < 39; ++bin)
            total += cells[bin].toLongLong();
        QCOMPARE(total, 80LL * units[i % 2]);
        // Weights over [−m, m]: W₁ is 3 × 2 (moons has 2 inputs), W₂ 2 × 3; the largest
        // |w| is in an end bin.
        const double m = cells[40].toDouble();
        QVERIFY(m > 0);
        QCOMPARE(cells[39].toDouble(), -m);
        long long weights = 0;
        for (int bin = 41; bin < cells.size(); ++bin)
            weights += cells[bin].toLongLong();
        QCOMPARE(weights, 6LL);
        QVERIFY(cells[41].toLongLong() + cells[70].toLongLong() >= 1);
    }

    // No layer_stats in the file: --layer-stats asks for every epoch; ReLU fills dead.
    const QString every = writeFile(dir, "f.json", R"({"epochs": 2, "model": {"hidden": [4]}})");
    QCOMPARE(run({every, "--layer-stats", dir.filePath("m.csv")}).exitCode, 0);
    QFile second(dir.filePath("m.csv"));
    QVERIFY(second.open(QIODevice::ReadOnly));
    const QList<QByteArray> everyRow = dataRows(second.readAll());
    QCOMPARE(everyRow.size(), 3);
    QVERIFY(everyRow[0].split(',')[4].isEmpty() && !everyRow[0].split(',')[5].isEmpty());

    // Not a training experiment: invalid input, no file.
    const QString walk = writeFile(dir, "t.json", R"({"kind": "trajectory", "function": "ravine", "start": [1, 1]})");
    const Result refused = run({walk, "--layer-stats", dir.filePath("n.csv")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--layer-stats"), refused.err.constData());
    QVERIFY(!QFile::exists(dir.filePath("n.csv")));
}

void KobaiRun::dataParallelAddsItsColumns()
{
    QTemporaryDir dir;
    // moons n 500: 400 training samples, 4 updates of 4 × 25 per epoch.
    const QString experiment = writeFile(dir, "e.json", R"({"seed": 3, "epochs": 2, "batch_size": 25,
        "dataset": {"name": "moons", "n": 500}, "model": {"hidden": [16, 16]},
        "data_parallel": {"workers": 4, "mode": "stale", "staleness": 2,
                          "network": {"latency_us": 5, "bandwidth_gbps": 100, "topology": "parameter_server"}}})");
    const Result r = run({experiment, "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("epoch,train_loss,val_loss,train_acc,val_acc,lr,updates,seconds,penalty,"
                                       "workers,global_batch,staleness_mean,staleness_max,bytes_sent,modelled_seconds"));
    QCOMPARE(lines.size(), 1 + 3);
    const QList<QByteArray> first = lines[2].split(',');
    QCOMPARE(first.size(), 15);
    QCOMPARE(first[6].toInt(), 4);
    QCOMPARE(first[9].toInt(), 4);
    QCOMPARE(first[10].toInt(), 100);
    QCOMPARE(first[11].toDouble(), (0 + 1 + 2 + 2) / 4.0); // min(t, τ) for t = 0 … 3
    QCOMPARE(first[12].toInt(), 2);
    QCOMPARE(first[13].toDouble(), 4.0 * 4 * 354 * 8); // 354 float64 gradient entries per worker and update
    QVERIFY(first[14].toDouble() > 4 * (4 * 354 * 8 / 12.5e9 + 10e-6)); // at least the modelled network time
    const QJsonObject config = readJson(dir.filePath("s.json"))["config"].toObject();
    const QJsonObject dp = config["data_parallel"].toObject();
    QCOMPARE(dp["workers"].toInt(), 4);
    QCOMPARE(dp["mode"].toString(), QString("stale"));
    QCOMPARE(dp["staleness"].toInt(), 2);
    QCOMPARE(dp["network"].toObject()["topology"].toString(), QString("parameter_server"));
    // A one-process PyTorch script would train another run (the per-worker batch, one stream
    // of dropout masks): --as-pytorch declines rather than print it.
    const Result script = run({"--as-pytorch", experiment});
    QCOMPARE(script.exitCode, 2);
    QVERIFY(script.out.isEmpty());
    QVERIFY2(script.err.contains(R"(field "data_parallel": value {…}; expected no data_parallel)"), script.err.constData());
    QVERIFY2(script.err.contains("--as-pytorch-ddp"), script.err.constData());
}

void KobaiRun::ddpScriptOnlyForSyncRuns_data()
{
    QTest::addColumn<QByteArray>("dataParallel");
    QTest::addColumn<QByteArray>("message"); // empty: a script, exit 0
    QTest::newRow("sync") << QByteArray(R"(, "data_parallel": {"workers": 2})") << QByteArray();
    QTest::newRow("no data_parallel")
        << QByteArray() << QByteArray(R"(e.json: field "data_parallel": value (missing); expected an object with mode )"
                                      R"(sync (--as-pytorch-ddp needs data_parallel with mode sync; use --as-pytorch))");
    QTest::newRow("stale") << QByteArray(R"(, "data_parallel": {"workers": 2, "mode": "stale", "staleness": 1})")
                           << QByteArray(R"(e.json: field "data_parallel.mode": value "stale"; expected "sync")");
    QTest::newRow("async") << QByteArray(R"(, "data_parallel": {"workers": 2, "mode": "async"})")
                           << QByteArray(R"(e.json: field "data_parallel.mode": value "async"; expected "sync")");
    QTest::newRow("compression")
        << QByteArray(R"(, "data_parallel": {"workers": 2, "compression": {"top_k": 0.1}})")
        << QByteArray(R"(e.json: field "data_parallel.compression": value {…}; expected no compression)");
}

/// --as-pytorch-ddp writes DistributedDataParallel's sync run and refuses, located, what
/// DDP does not do as Kōbai does (tst_pytorch_ddp_golden runs the scripts).
void KobaiRun::ddpScriptOnlyForSyncRuns()
{
    QFETCH(QByteArray, dataParallel);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const QString experiment = writeFile(
        dir, "e.json", R"({"seed": 3, "epochs": 2, "batch_size": 25, "dataset": {"name": "moons", "n": 500})" +
                           dataParallel + "}");
    const Result script = run({"--as-pytorch-ddp", experiment});
    if (message.isEmpty()) {
        QCOMPARE(script.exitCode, 0);
        QVERIFY(script.out.contains("DistributedDataParallel(model)"));
        QVERIFY(script.out.contains("\nworkers = 2\n"));
        QVERIFY(script.err.isEmpty());
        const Result python = runProgram("/usr/bin/python3", {"-c", "import ast, sys; ast.parse(sys.stdin.read())"},
                                         script.out);
        QVERIFY2(python.exitCode == 0, python.err.constData());
        return;
    }
    QCOMPARE(script.exitCode, 2);
    QVERIFY(script.out.isEmpty());
    QVERIFY2(script.err.contains(message), script.err.constData());
}

void KobaiRun::ddpScriptNeedsATrainingRun()
{
    QTemporaryDir dir;
    const QString walk = writeFile(dir, "t.json", R"({"kind": "trajectory", "function": "ravine", "start": [1, 1]})");
    const Result trajectory = run({"--as-pytorch-ddp", walk});
    QCOMPARE(trajectory.exitCode, 2);
    QVERIFY2(trajectory.err.contains(R"(t.json: field "kind": value "trajectory"; expected training with )"
                                     R"(data_parallel mode sync)"),
             trajectory.err.constData());
    const Result both = run({"--as-pytorch", "--as-pytorch-ddp", walk});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains("--as-pytorch-ddp cannot be used with --as-pytorch"), both.err.constData());
}

QTEST_GUILESS_MAIN(KobaiRun)
#include "tst_kobai_run.moc"
