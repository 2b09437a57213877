// kobai-run for kind "search": the CSV's columns, one row per trial, the same CSV for the
// same seed and thread count, diverged trials as rows, the summary's best trial and its
// test score, and the exit codes.
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <csignal>

#include "KobaiRunProcess.h"

namespace {

QByteArray randomSearch(int threads)
{
    return QByteArray(R"({"kind": "search", "strategy": "random", "trials": 6, "seed": 5, "threads": )") +
           QByteArray::number(threads) + R"(, "prune": {"warmup_epochs": 2},
      "space": {"optimizer.lr": {"log": [0.0001, 1]}, "model.dropout": {"range": [0, 0.3]}},
      "experiment": {"seed": 1, "dataset": {"name": "moons", "n": 300, "test_fraction": 0.2},
                     "model": {"hidden": [16]}, "epochs": 5, "dtype": "float32"}})";
}

/// The CSV with its seconds column (the 9th of a two-key search) emptied: the one column
/// that depends on the machine's timing.
QByteArray withoutSeconds(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    for (QByteArray &line : lines) {
        QList<QByteArray> fields = line.split(',');
        if (fields.size() > 8)
            fields[8].clear();
        line = fields.join(',');
    }
    return lines.join('\n');
}

} // namespace

class KobaiRunSearch : public QObject {
    Q_OBJECT
private slots:
    void oneRowPerTrialWithTheBestSoFar();
    void sameSeedAndThreadsSameCsv();
    void aFunctionSearchOnAGrid();
    void aDivergedTrialIsARow();
    void theSummaryNamesTheBestTrialAndItsTestScore();
    void bayesSearchRuns();
    void exitCodes();
    void sigintStopsTheSearchOnARowBoundary();
};

void KobaiRunSearch::oneRowPerTrialWithTheBestSoFar()
{
    QTemporaryDir dir;
    const Result r = run({writeFile(dir, "search.json", randomSearch(1))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("trial,strategy,optimizer.lr,model.dropout,val_loss,val_acc,best_epoch,epochs_run,seconds,"
                             "status,best_so_far\n"));
    const QList<QByteArray> rows = dataRows(r.out);
    QCOMPARE(rows.size(), 6);
    double best = 1e300;
    for (int i = 0; i < rows.size(); ++i) {
        const QList<QByteArray> f = rows[i].split(',');
        QCOMPARE(f.size(), 11);
        QCOMPARE(f[0].toInt(), i + 1);
        QCOMPARE(f[1], QByteArray("random"));
        QVERIFY(f[2].toDouble() >= 1e-4 && f[2].toDouble() <= 1);
        QVERIFY(f[3].toDouble() >= 0 && f[3].toDouble() <= 0.3);
        QVERIFY(!f[5].isEmpty()); // moons has classes: an accuracy
        QVERIFY(f[9] == "ok" || f[9] == "pruned");
        QCOMPARE(f[7].toInt(), f[9] == "ok" ? 5 : f[6].toInt());
        best = std::min(best, f[4].toDouble());
        QCOMPARE(f[10].toDouble(), best);
    }
}

void KobaiRunSearch::sameSeedAndThreadsSameCsv()
{
    QTemporaryDir dir;
    for (int threads : {1, 2}) {
        const QString file = writeFile(dir, QStringLiteral("s%1.json").arg(threads), randomSearch(threads));
        const Result first = run({file});
        const Result second = run({file});
        QVERIFY2(first.exitCode == 0 && second.exitCode == 0, first.err.constData());
        QCOMPARE(withoutSeconds(second.out), withoutSeconds(first.out));
        QCOMPARE(dataRows(first.out).size(), 6);
    }
}

// 3 × 2 points, x outermost; the function's value in val_loss, no accuracy, no epochs.
void KobaiRunSearch::aFunctionSearchOnAGrid()
{
    QTemporaryDir dir;
    const Result r = run({writeFile(dir, "b.json", R"({"kind": "search", "strategy": "grid", "function": "branin",
        "space": {"x": {"values": [-3.141592653589793, 0, 3.141592653589793]}, "y": {"values": [2.275, 12.275]}}})")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("trial,strategy,x,y,val_loss,val_acc,"));
    const QList<QByteArray> rows = dataRows(r.out);
    QCOMPARE(rows.size(), 6);
    const QList<QByteArray> second = rows[1].split(',');
    QCOMPARE(second[1], QByteArray("grid"));
    QCOMPARE(second[2].toDouble(), -3.141592653589793);
    QCOMPARE(second[3].toDouble(), 12.275);
    QVERIFY(std::abs(second[4].toDouble() - 0.397887) < 1e-6); // a minimum
    QVERIFY(second[5].isEmpty());
    QCOMPARE(second[7], QByteArray("0"));
    QCOMPARE(rows.last().split(',')[10].toDouble(), second[4].toDouble());
}

void KobaiRunSearch::aDivergedTrialIsARow()
{
    QTemporaryDir dir;
    const Result r = run({writeFile(dir, "d.json", R"({"kind": "search", "strategy": "grid",
        "space": {"optimizer.lr": {"values": [0.1, 1000, 0.05]}},
        "experiment": {"dataset": {"name": "moons", "n": 200}, "model": {"hidden": [16]}, "epochs": 3}})")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> rows = dataRows(r.out);
    QCOMPARE(rows.size(), 3);
    const QList<QByteArray> diverged = rows[1].split(','); // one key: ten columns
    QCOMPARE(diverged.size(), 10);
    QCOMPARE(diverged[8], QByteArray("diverged"));
    QVERIFY(diverged[3].isEmpty() && diverged[4].isEmpty());
    QCOMPARE(diverged[9], rows[0].split(',')[9]); // the best so far is still trial 1's
    QCOMPARE(rows[2].split(',')[8], QByteArray("ok"));
    QVERIFY(r.err.contains("note: trial 2: diverged"));
}

void KobaiRunSearch::theSummaryNamesTheBestTrialAndItsTestScore()
{
    QTemporaryDir dir;
    const QString summary = dir.filePath("summary.json");
    const Result r = run({writeFile(dir, "s.json", randomSearch(2)), "--out", dir.filePath("s.csv"), "--summary", summary});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = readJson(summary);
    QCOMPARE(json["status"].toString(), QString("finished"));
    QCOMPARE(json["trials"].toInt(), 6);
    const QJsonObject best = json["best"].toObject();
    QVERIFY(best["trial"].toInt() >= 1 && best["trial"].toInt() <= 6);
    QVERIFY(best["values"].toObject()["optimizer.lr"].isDouble());
    QVERIFY(best["test_loss"].isDouble());
    QVERIFY(best["test_acc"].toDouble() > 0.5);
    QCOMPARE(json["config"].toObject()["kind"].toString(), QString("search"));
    // The best row of the CSV is the summary's.
    QFile csv(dir.filePath("s.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> row = dataRows(csv.readAll())[best["trial"].toInt() - 1].split(',');
    QCOMPARE(row[4].toDouble(), best["val_loss"].toDouble());
    QCOMPARE(row[10].toDouble(), row[4].toDouble());
}

void KobaiRunSearch::bayesSearchRuns()
{
    QTemporaryDir dir;
    const Result r = run({writeFile(dir, "b.json", R"({"kind": "search", "strategy": "bayes", "trials": 12, "threads": 2,
        "function": "branin", "space": {"x": {"range": [-5, 10]}, "y": {"range": [0, 15]}}})"), "--out", dir.filePath("b.csv")});
    QCOMPARE(r.exitCode, 0);
    QFile csv(dir.filePath("b.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 13);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY2(lines[i].startsWith(QByteArray::number(i) + ",bayes,"), lines[i].constData());
}

void KobaiRunSearch::exitCodes()
{
    QTemporaryDir dir;
    const Result invalid = run({writeFile(dir, "bad.json", R"({"kind": "search", "strategy": "random", "trials": 3,
        "space": {"optimizer.lr": {"log": [0.001, 5000]}}, "experiment": {"epochs": 1}})"), "--out", dir.filePath("o.csv")});
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.err.contains(R"(field "space.optimizer.lr": value 5000)"), invalid.err.constData());
    QVERIFY(!QFile::exists(dir.filePath("o.csv")));
    const Result full = run({writeFile(dir, "f.json", R"({"kind": "search", "strategy": "random", "trials": 3,
        "function": "ravine", "space": {"x": {"range": [-5, 5]}, "y": {"range": [-5, 5]}}})"), "--out", "/dev/full"});
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains("/dev/full"), full.err.constData());
    const QString search = dir.filePath("f.json");
    const Result script = run({search, "--as-pytorch"});
    QCOMPARE(script.exitCode, 2);
    QVERIFY2(script.err.contains(R"(field "kind": value "search")"), script.err.constData());
    const Result perUpdate = run({search, "--per-update", dir.filePath("u.csv")});
    QCOMPARE(perUpdate.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath("u.csv")));
}

// Rows come as batches end; once the first is out, SIGINT stops both running trials: exit
// 130, whole rows only, "cancelled" on stderr and in the summary, no .partial file left.
void KobaiRunSearch::sigintStopsTheSearchOnARowBoundary()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, "long.json", R"({"kind": "search", "strategy": "grid", "threads": 2,
        "space": {"epochs": {"values": [1, 2, 100000, 100001]}},
        "experiment": {"dataset": {"name": "moons", "n": 200}, "model": {"hidden": [8]}}})");
    const QString summary = dir.filePath("s.json");
    QProcess process;
    process.start(QStringLiteral(KOBAI_RUN), {file, "--summary", summary});
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains("\n1,") && waited.elapsed() < 60000 && process.waitForReadyRead(1000))
        out += process.readAllStandardOutput();
    QVERIFY2(out.contains("\n1,"), out.constData());
    QVERIFY(::kill(static_cast<pid_t>(process.processId()), SIGINT) == 0);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    out += process.readAllStandardOutput();
    QVERIFY(out.endsWith('\n'));
    QCOMPARE(dataRows(out).size(), 2); // the first batch; the second was stopped
    QVERIFY(process.readAllStandardError().contains("kobai-run: cancelled"));
    QCOMPARE(readJson(summary).value("status").toString(), QStringLiteral("cancelled"));
    QCOMPARE(QDir(dir.path()).entryList({"*.partial"}, QDir::Files).size(), 0);
}

QTEST_GUILESS_MAIN(KobaiRunSearch)
#include "tst_kobai_run_search.moc"
