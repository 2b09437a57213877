// kobai-run's trajectory, schedule, contours and gradient_noise kinds: the CSV shapes,
// divergence, the summary and state files, located errors, the committed classic comparison
// on the ravine, and the PyTorch script's augmentation.
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
    void contourCsvHasOneRowPerSegment();
    void modelLossPathAndItsNotes();
    void contourOptionsOfOtherKindsAreInvalid();
    void invalidKindInput_data();
    void invalidKindInput();
    void classicComparisonMatchesCommittedCsv_data();
    void classicComparisonMatchesCommittedCsv();
    void trajectoryScriptDefinesOnlyItsFunction();
    void gradientNoiseCsv();
    void pytorchScriptAugments();
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

void KobaiRunKinds::contourCsvHasOneRowPerSegment()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "c.json", R"({"kind": "contours",
        "function": {"name": "quadratic", "a": 1, "b": 1}, "range": [[-2, 2], [-2, 2]], "levels": 5})");
    const Result r = run({experiment, "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("level,x0,y0,x1,y1\n"));
    const QList<QByteArray> rows = dataRows(r.out);
    const QJsonObject summary = readJson(dir.filePath("s.json"));
    QCOMPARE(summary["segments"].toInt(), rows.size());
    const QJsonArray levels = summary["levels"].toArray();
    QCOMPARE(levels.size(), 5);
    QCOMPARE(summary["f_max"].toDouble(), 8.0); // at the corners, on the 200-point grid by default
    QCOMPARE(summary["config"]["grid"].toInt(), 200);
    QCOMPARE(summary["minima"][0]["source"].toString(), "known");
    QCOMPARE(summary["minima"][0]["x"].toDouble(), 0.0);
    // Rows come level by level, lowest first; every endpoint x² + y² lies at its level, to
    // within h²/4 (h = 4/199, the grid step) below it.
    const double tolerance = (4.0 / 199) * (4.0 / 199) / 4 + 1e-12;
    qsizetype level = 0;
    for (const QByteArray &row : rows) {
        const QList<QByteArray> cells = row.split(',');
        QCOMPARE(cells.size(), 5);
        const double value = cells[0].toDouble();
        while (value != levels[level].toDouble()) {
            ++level;
            QVERIFY2(level < levels.size(), row.constData());
        }
        for (int p = 1; p <= 3; p += 2) {
            const double x = cells[p].toDouble(), y = cells[p + 1].toDouble();
            QVERIFY2(x * x + y * y <= value + 1e-12 && x * x + y * y >= value - tolerance, row.constData());
        }
    }
    QCOMPARE(level, levels.size() - 2); // the top level, f_max, draws nothing
}

// Lesson 2's landscape from the command line: the (w, b) path of stochastic gradient descent
// with every point on the whole training set's loss; a batch larger than the data is a
// note, not an error; --as-pytorch declines (PyTorch cannot regenerate Kōbai's samples).
void KobaiRunKinds::modelLossPathAndItsNotes()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "p.json", R"({"kind": "trajectory",
        "function": {"name": "linear_regression", "n": 1000, "noise": 0.5, "seed": 1},
        "start": [-1, -2], "steps": 40, "batch_size": 1, "optimizer": {"name": "SGD", "lr": 0.05}})");
    const Result r = run({experiment});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 42);
    QCOMPARE(lines.front(), QByteArray("step,x,y,loss,lr"));
    QVERIFY(r.err.isEmpty());

    const QString large = writeFile(dir, "l.json", R"({"kind": "trajectory", "function": "linear_regression",
        "start": [-1, -2], "steps": 5, "batch_size": 5000})");
    const Result clamped = run({large});
    QCOMPARE(clamped.exitCode, 0);
    QVERIFY2(clamped.err.contains("note: batch_size 5000 is larger than the 800 training samples"), clamped.err.constData());

    const Result script = run({"--as-pytorch", experiment});
    QCOMPARE(script.exitCode, 2);
    QVERIFY(script.out.isEmpty());
    QVERIFY2(script.err.contains(R"(field "function": value "linear_regression"; expected a formula)"), script.err.constData());
}

void KobaiRunKinds::contourOptionsOfOtherKindsAreInvalid()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "c.json", R"({"kind": "contours", "function": "beale",
        "range": [[-4.5, 4.5], [-4.5, 4.5]]})");
    for (const char *option : {"--state", "--per-update"}) {
        const Result r = run({experiment, option, dir.filePath("x.csv")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty() && !QFile::exists(dir.filePath("x.csv")));
    }
    const Result script = run({"--as-pytorch", experiment});
    QCOMPARE(script.exitCode, 2);
    QVERIFY(script.out.isEmpty());
    QVERIFY2(script.err.contains(R"(field "kind": value "contours"; expected training, trajectory or schedule)"),
             script.err.constData());
}

void KobaiRunKinds::invalidKindInput_data()
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
    QTest::newRow("batch on a formula")
        << QByteArray(R"({"kind": "trajectory", "function": "ravine", "start": [1, 1], "batch_size": 8})")
        << R"(field "batch_size": value 8; expected no batch_size: only a model's loss (linear_regression))";
    QTest::newRow("model loss data key")
        << QByteArray(R"({"kind": "trajectory", "function": {"name": "linear_regression", "n": 2}, "start": [1, 1]})")
        << R"(field "function.n": value 2; expected an integer ≥ 4)";
    QTest::newRow("model loss unknown key")
        << QByteArray(R"({"kind": "trajectory", "function": {"name": "linear_regression", "hidden": [3]},
                          "start": [1, 1]})")
        << R"(field "function.hidden": value [3]; expected no such key here)";
    QTest::newRow("model loss batch fractional")
        << QByteArray(R"({"kind": "trajectory", "function": "linear_regression", "start": [1, 1], "batch_size": 2.5})")
        << R"(field "batch_size": value 2.5; expected an integer ≥ 0)";
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
    const auto contours = [](const char *name, const char *keys, const char *expected) {
        QTest::newRow(name) << QByteArray(R"({"kind": "contours", "function": "himmelblau", )") + keys + "}"
                            << QString::fromUtf8(expected);
    };
    contours("contours without range", R"("levels": 5)",
             R"(field "range": value (missing); expected [[x0, x1], [y0, y1]] with x0 < x1 and y0 < y1 (required))");
    contours("range not two pairs", R"("range": [-5, 5, 1])",
             R"(field "range": value [-5,5,1]; expected [[x0, x1], [y0, y1]])");
    contours("range of numbers", R"("range": [-5, 5])",
             R"(field "range[0]": value -5; expected an array of 2 numbers [x0, x1], each a number ≥ -1e+06)");
    contours("x0 not below x1", R"("range": [[5, -5], [-5, 5]])",
             R"(field "range[0]": value [5,-5]; expected [x0, x1] with x0 < x1)");
    contours("empty y range", R"("range": [[-5, 5], [2, 2]])",
             R"(field "range[1]": value [2,2]; expected [y0, y1] with y0 < y1)");
    contours("range pair of three", R"("range": [[-5, 5], [0, 1, 2]])",
             R"(field "range[1]": value [0,1,2]; expected an array of 2 numbers [y0, y1])");
    contours("range coordinate a string", R"("range": [[-5, "5"], [-5, 5]])",
             R"(field "range[0][1]": value "5"; expected a number ≥ -1e+06 and ≤ 1e+06)");
    contours("range beyond the bound", R"("range": [[-5, 5], [-2e6, 5]])",
             R"(field "range[1][0]": value -2e+06; expected a number ≥ -1e+06 and ≤ 1e+06)");
    contours("levels zero", R"("range": [[-5, 5], [-5, 5]], "levels": 0)",
             R"(field "levels": value 0; expected an integer ≥ 1 and ≤ 100)");
    contours("levels too many", R"("range": [[-5, 5], [-5, 5]], "levels": 101)", R"(field "levels": value 101)");
    contours("grid too coarse", R"("range": [[-5, 5], [-5, 5]], "grid": 7)",
             R"(field "grid": value 7; expected an integer ≥ 8 and ≤ 2000)");
    contours("grid too fine", R"("range": [[-5, 5], [-5, 5]], "grid": 2001)", R"(field "grid": value 2001)");
    contours("grid fractional", R"("range": [[-5, 5], [-5, 5]], "grid": 20.5)", R"(field "grid": value 20.5)");
    contours("trajectory key in contours", R"("range": [[-5, 5], [-5, 5]], "start": [1, 1])",
             R"(field "start": value [1,1]; expected no such key here)");
}

void KobaiRunKinds::invalidKindInput()
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

// The script a learner reads for the ravine defines the ravine, not five other functions.
void KobaiRunKinds::trajectoryScriptDefinesOnlyItsFunction()
{
    const Result ravine = run({"--as-pytorch", QStringLiteral(KOBAI_SOURCE_DIR "/examples/ravine-classic/sgd.json")});
    QCOMPARE(ravine.exitCode, 0);
    QVERIFY2(ravine.out.contains("def ravine(x, y):"), ravine.out.constData());
    for (const char *other : {"def rosenbrock", "def beale", "def saddle", "def himmelblau", "def quadratic"})
        QVERIFY2(!ravine.out.contains(other), other);
    QTemporaryDir dir;
    const QString quadratic = writeFile(dir, "q.json", R"({"kind": "trajectory", "function": {"name": "quadratic", "a": 1, "b": 2},
        "start": [1, 1], "steps": 3, "optimizer": {"name": "SGD", "lr": 0.1}})");
    const Result q = run({"--as-pytorch", quadratic});
    QCOMPARE(q.exitCode, 0);
    QVERIFY2(q.out.contains("def quadratic(x, y, a, b):") && !q.out.contains("def ravine"), q.out.constData());
}

void KobaiRunKinds::gradientNoiseCsv()
{
    QTemporaryDir dir;
    const Result r = run({KOBAI_SOURCE_DIR "/examples/gradient-noise-moons.json", "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("batch_size,repeats,gradient_variance,variance_standard_error,predicted_variance,"
                             "finite_population_factor,mean_gradient_norm,mean_deviation,full_gradient_norm,"
                             "samples_per_second\n"));
    const QList<QByteArray> rows = dataRows(r.out);
    QCOMPARE(rows.size(), 6);
    const QJsonObject summary = readJson(dir.filePath("s.json"));
    QCOMPARE(summary["status"].toString(), "finished");
    QCOMPARE(summary["samples"].toDouble(), 1000.0);
    const double sigma2 = summary["sample_variance"].toDouble();
    QVERIFY(sigma2 > 0);
    QCOMPARE(summary["config"]["kind"].toString(), "gradient_noise");
    for (const QByteArray &row : rows) {
        const QList<QByteArray> cells = row.split(',');
        QCOMPARE(cells.size(), 10);
        const double b = cells[0].toDouble();
        QCOMPARE(cells[1].toDouble(), 200.0);
        QCOMPARE(cells[5].toDouble(), (1000 - b) / 999);
        QVERIFY(std::abs(cells[4].toDouble() - sigma2 / b * (1000 - b) / 999) <= 1e-12 * sigma2);
        QVERIFY2(std::abs(cells[2].toDouble() - cells[4].toDouble()) <= 4 * cells[3].toDouble(), row.constData());
        QCOMPARE(cells[8].toDouble(), summary["full_gradient_norm"].toDouble());
        QVERIFY(cells[9].toDouble() > 0);
    }
    QCOMPARE(rows.last().split(',')[2].toDouble(), 0.0); // B = N
    QCOMPARE(run({"--per-update", dir.filePath("u.csv"), KOBAI_SOURCE_DIR "/examples/gradient-noise-moons.json"})
                 .exitCode,
             2);
    const Result script = run({"--as-pytorch", KOBAI_SOURCE_DIR "/examples/gradient-noise-moons.json"});
    QCOMPARE(script.exitCode, 2);
    QVERIFY2(script.err.contains(R"(field "kind": value "gradient_noise"; expected training, trajectory or schedule)"),
             script.err.constData());
}

// The script's Augment makes, in PyTorch, each image a zero-filled shift of itself or of its
// mirror, as Kōbai's BatchAugmentation does, every one of the 50 such images among 400
// draws; its noise has the asked σ; the script hands it, on the run's seed, to train().
// (That its draws are Kōbai's is checked by tst_pytorch_script_golden.)
void KobaiRunKinds::pytorchScriptAugments()
{
    const Result script = run({"--as-pytorch", KOBAI_SOURCE_DIR "/examples/fashion-mnist-augment.json"});
    QCOMPARE(script.exitCode, 0);
    QVERIFY2(script.out.contains("augment = Augment(seed, shift=2, flip=True, input_noise=0.1)\n"), script.out.constData());
    QVERIFY(script.out.contains("augment=augment)"));
    const QByteArray prelude = script.out.left(script.out.indexOf("# ---- the experiment"));
    const QByteArray check = prelude + R"(
side, n = 5, 400
x = (torch.arange(side * side, dtype=torch.float64) + 1).repeat(n, 1)
out = Augment(0, shift=2, flip=True, input_noise=0.0)(x).reshape(n, side, side)
base = x[0].reshape(side, side)
def shifted(image, dy, dx):
    moved = torch.zeros_like(image)
    for r in range(side):
        for c in range(side):
            if 0 <= r - dy < side and 0 <= c - dx < side:
                moved[r, c] = image[r - dy, c - dx]
    return moved
candidates = [shifted(img, dy, dx) for img in (base, base.flip(1)) for dy in range(-2, 3) for dx in range(-2, 3)]
seen = set()
for i in range(n):
    matches = [k for k, c in enumerate(candidates) if torch.equal(out[i], c)]
    assert len(matches) >= 1, i
    seen.update(matches)
assert len(seen) == len(candidates), len(seen)
noisy = Augment(0, shift=0, flip=False, input_noise=0.5)(torch.zeros(200, 100, dtype=torch.float64))
assert abs(noisy.std().item() - 0.5) < 0.02
print("ok")
)";
    const Result python = runProgram("/usr/bin/python3", {"-"}, check);
    if (python.err.contains("No module named 'torch'"))
        QSKIP("/usr/bin/python3 cannot import torch (install python3-torch)");
    QVERIFY2(python.exitCode == 0 && python.out.trimmed() == "ok", python.err.constData());
}

QTEST_GUILESS_MAIN(KobaiRunKinds)
#include "tst_kobai_run_kinds.moc"
