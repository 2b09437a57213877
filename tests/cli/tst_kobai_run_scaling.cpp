// kobai-run's "scaling" kind (issue 17): the pinned CSV columns, bytes-exact rows when the
// compute time is stated, a measured compute time when it is not, the summary, the
// refusals (--as-pytorch, a located bad value), and --check-lessons accepting a lesson with
// a scaling chart (x "workers") and a staleness chart (x "staleness").
#include "KobaiRunProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

/// moons, a 2-100-2 MLP: P = 2·100 + 100 + 100·2 + 2 = 502, S = 4016 bytes in float64.
const QByteArray statedExperiment = R"({"kind": "scaling", "seed": 1, "dataset": {"name": "moons", "n": 500},
    "model": {"name": "mlp", "hidden": [100]}, "batch_size": 50, "workers": [1, 2, 8, 64],
    "network": {"preset": "1gbe", "topology": "ring"}, "compute_seconds": 0.001})";

const QByteArray header = "workers,compute_seconds,communication_seconds,update_seconds,samples_per_second,speedup,"
                          "efficiency\n";

QByteArray readText(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class KobaiRunScaling : public QObject {
    Q_OBJECT
private slots:
    void statedComputeGivesExactRows();
    void measuredComputeAndSummary();
    void refusals();
    void checkLessonsAcceptsScalingAndStalenessCharts();
    void lessonRunsItsScalingExperiments();
    void asyncSummaryCountsStaleness();
};

// The rows are the formulas' numbers to the last bit the compiler's contraction of a·b + c
// into one rounding allows (-march=native may use FMA): the same file twice is the same bytes.
void KobaiRunScaling::statedComputeGivesExactRows()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "s.json", statedExperiment);
    const Result r = run({experiment, "--out", dir.filePath("x.csv")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray csv = readText(dir.filePath("x.csv"));
    QVERIFY(csv.startsWith(header + "1,0.001,0,0.001,50000,1,1\n")); // one worker: no network, every number exact
    QCOMPARE(run({experiment}).out, csv);
    // K = 2, 8, 64 by hand: comm = 2(K − 1)/K · 4016 B / 1.25e8 B/s + 2(K − 1) · 50 µs.
    const QList<QByteArray> rows = dataRows(csv);
    QCOMPARE(rows.size(), 4);
    const double expected[3][7] = {
        {2, 0.001, 0.000132128, 0.001132128, 88329.234856835974, 1.7665846971367194, 0.8832923485683597},
        {8, 0.001, 0.000756224, 0.001756224, 227761.3789584928, 4.5552275791698555, 0.56940344739623194},
        {64, 0.001, 0.006363252, 0.007363252, 434590.58579008305, 8.691811715801661, 0.13580955805940095},
    };
    for (int i = 0; i < 3; ++i) {
        const QList<QByteArray> cells = rows[i + 1].split(',');
        QCOMPARE(cells.size(), 7);
        for (int c = 0; c < 7; ++c)
            QVERIFY2(qAbs(cells[c].toDouble() - expected[i][c]) <= 1e-14 * expected[i][c], rows[i + 1].constData());
    }
}

void KobaiRunScaling::measuredComputeAndSummary()
{
    QTemporaryDir dir;
    QByteArray json = statedExperiment;
    json.replace(R"(, "compute_seconds": 0.001)", "").replace(R"("workers": [1, 2, 8, 64],)", "");
    const QString experiment = writeFile(dir, "m.json", json);
    const Result r = run({experiment, "--summary", dir.filePath("s.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith(header));
    const QList<QByteArray> rows = dataRows(r.out);
    QCOMPARE(rows.size(), 11); // 1, 2, 4 … 1024
    const QJsonObject summary = readJson(dir.filePath("s.json"));
    QCOMPARE(summary["status"].toString(), "finished");
    QCOMPARE(summary["parameters"].toDouble(), 502.0);
    QCOMPARE(summary["bytes_per_worker"].toDouble(), 4016.0);
    QCOMPARE(summary["compute_measured"].toBool(), true);
    QVERIFY(summary["compute_passes"].toInt() >= 3);
    const double computeSeconds = summary["compute_seconds"].toDouble();
    QVERIFY(computeSeconds > 0);
    QCOMPARE(summary["network_bandwidth_gbps"].toDouble(), 1.0);
    QCOMPARE(summary["config"]["kind"].toString(), "scaling");
    QCOMPARE(summary["config"]["network"]["preset"].toString(), "1gbe");
    QVERIFY(summary["config"]["compute_seconds"].isNull());
    for (const QByteArray &row : rows)
        QCOMPARE(row.split(',')[1].toDouble(), computeSeconds);
    QCOMPARE(rows.last().split(',')[0], QByteArray("1024"));
}

void KobaiRunScaling::refusals()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "s.json", statedExperiment);
    const Result script = run({"--as-pytorch", experiment});
    QCOMPARE(script.exitCode, 2);
    QVERIFY2(script.err.contains(R"(field "kind": value "scaling"; expected training, trajectory or schedule)"),
             script.err.constData());
    QCOMPARE(run({"--per-update", dir.filePath("u.csv"), experiment}).exitCode, 2);
    QByteArray descending = statedExperiment;
    descending.replace("[1, 2, 8, 64]", "[1, 8, 2]");
    const Result bad = run({writeFile(dir, "bad.json", descending)});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(R"(bad.json: field "workers[2]": value 2; expected more than 8)"), bad.err.constData());
}

void KobaiRunScaling::checkLessonsAcceptsScalingAndStalenessCharts()
{
    QTemporaryDir dir;
    const QString source = KOBAI_SOURCE_DIR "/tests/qml/data/lessons/01-quick";
    QDir().mkpath(dir.filePath("01-scaling"));
    for (const QString &name : QStringList{"text.ja.md", "text.en.md"})
        QFile::copy(source + "/" + name, dir.filePath("01-scaling/" + name));
    const QByteArray lesson = R"({"format_version": 1, "id": "scaling", "order": 1,
      "title": {"ja": "拡張", "en": "Scaling"}, "try_this": {"ja": "試す", "en": "Try"},
      "experiments": [
        {"name": "ring", "label": {"ja": "リング", "en": "Ring"},
         "experiment": {"kind": "scaling", "dataset": {"name": "moons"}, "model": {"hidden": [16]}, "batch_size": 32,
                        "network": {"preset": "10gbe"}, "compute_seconds": 0.001}},
        {"name": "async", "label": {"ja": "非同期", "en": "Async"},
         "experiment": {"dataset": {"name": "moons"}, "model": {"hidden": [16]}, "batch_size": 16, "epochs": 2,
                        "data_parallel": {"workers": 2, "mode": "async"}}}],
      "controls": [
        {"field": "network.preset", "experiments": ["ring"], "label": {"ja": "ネットワーク", "en": "Network"},
         "values": ["1gbe", "10gbe", "infiniband", "nvlink"]}],
      "charts": [
        {"title": {"ja": "速度向上", "en": "Speed-up"}, "x": "workers", "series": ["speedup", "ideal"],
         "experiments": ["ring"], "log_x": true, "log_y": true},
        {"title": {"ja": "古さ", "en": "Staleness"}, "x": "staleness", "series": ["updates"], "experiments": ["async"]}],
      "questions": []})";
    writeFile(dir, "01-scaling/lesson.json", lesson);
    const Result good = run({"--check-lessons", dir.path()});
    QVERIFY2(good.exitCode == 0, good.err.constData());

    // A scaling chart of a training experiment, a staleness chart of a one-worker one: refused,
    // located (a synchronous run has a staleness chart: every update at 0).
    QByteArray wrong = lesson;
    wrong.replace(R"("experiments": ["ring"], "log_x")", R"("experiments": ["async"], "log_x")");
    writeFile(dir, "01-scaling/lesson.json", wrong);
    const Result notScaling = run({"--check-lessons", dir.path()});
    QCOMPARE(notScaling.exitCode, 2);
    QVERIFY2(notScaling.err.contains(R"(field "charts[0].experiments")") &&
                 notScaling.err.contains("experiments that have x \"workers\""),
             notScaling.err.constData());
    QByteArray sync = lesson;
    sync.replace(R"("mode": "async")", R"("mode": "sync")");
    writeFile(dir, "01-scaling/lesson.json", sync);
    const Result synchronous = run({"--check-lessons", dir.path()});
    QVERIFY2(synchronous.exitCode == 0, synchronous.err.constData());
    QByteArray alone = lesson;
    alone.replace(R"(,
                        "data_parallel": {"workers": 2, "mode": "async"})", "");
    QVERIFY(alone != lesson);
    writeFile(dir, "01-scaling/lesson.json", alone);
    const Result oneWorker = run({"--check-lessons", dir.path()});
    QCOMPARE(oneWorker.exitCode, 2);
    QVERIFY2(oneWorker.err.contains(R"(field "charts[1].experiments")") &&
                 oneWorker.err.contains("data_parallel experiments for x \"staleness\""),
             oneWorker.err.constData());
}

void KobaiRunScaling::lessonRunsItsScalingExperiments()
{
    QTemporaryDir dir;
    const QString lessons = KOBAI_SOURCE_DIR "/tests/data/scaling";
    const Result r = run({"--lesson", "scaling-chart", "--lessons-dir", lessons, "--out-dir", dir.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const QString &name : QStringList{"gbe", "nvlink", "measured"}) {
        QVERIFY(readText(dir.filePath(name + ".csv")).startsWith(header));
        QCOMPARE(readJson(dir.filePath(name + ".summary.json"))["status"].toString(), "finished");
    }
    QCOMPARE(dataRows(readText(dir.filePath("measured.csv"))).size(), 4);
    QVERIFY(QFile::exists(dir.filePath("async.updates.csv")));

    // A scaling experiment's data are checked before the lesson's first experiment runs.
    QTemporaryDir broken;
    QDir().mkpath(broken.filePath("12-scaling"));
    for (const QString &name : QStringList{"text.ja.md", "text.en.md"})
        QFile::copy(lessons + "/12-scaling/" + name, broken.filePath("12-scaling/" + name));
    QJsonObject lesson = QJsonDocument::fromJson(readText(lessons + "/12-scaling/lesson.json")).object();
    QJsonArray experiments = lesson["experiments"].toArray();
    QJsonObject measured = experiments[2].toObject();
    QCOMPARE(measured["name"].toString(), "measured");
    QJsonObject experiment = measured["experiment"].toObject();
    experiment["dataset"] = QJsonObject{{"name", "fashion-mnist"}, {"path", "/nonexistent/fm"}};
    measured["experiment"] = experiment;
    experiments[2] = measured;
    lesson["experiments"] = experiments;
    writeFile(broken, "12-scaling/lesson.json", QJsonDocument(lesson).toJson());
    QTemporaryDir out;
    const Result missing = run({"--lesson", "scaling-chart", "--lessons-dir", broken.path(), "--out-dir", out.path()});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("experiment \"measured\""), missing.err.constData());
    QVERIFY(!QFile::exists(out.filePath("gbe.csv")));
}

// An async run's --summary holds its updates per staleness value: they sum to the run's
// updates, and weighted by the epochs' updates their mean is the CSV's staleness_mean.
void KobaiRunScaling::asyncSummaryCountsStaleness()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "a.json", R"({"seed": 2, "dataset": {"name": "moons", "n": 500},
        "model": {"hidden": [16]}, "batch_size": 10, "epochs": 3, "optimizer": {"name": "SGD", "lr": 0.1},
        "data_parallel": {"workers": 4, "mode": "async"}})");
    const Result r = run({experiment, "--summary", dir.filePath("s.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray counts = readJson(dir.filePath("s.json"))["staleness_counts"].toArray();
    QVERIFY(!counts.isEmpty());
    double counted = 0;
    double weighted = 0;
    for (qsizetype s = 0; s < counts.size(); ++s) {
        counted += counts[s].toDouble();
        weighted += static_cast<double>(s) * counts[s].toDouble();
    }
    const QList<QByteArray> rows = dataRows(r.out);
    QCOMPARE(rows.size(), 4);
    double meanTimesUpdates = 0;
    long long previous = 0;
    long long maximum = 0;
    for (const QByteArray &row : rows) {
        const QList<QByteArray> cells = row.split(',');
        const long long updates = cells[6].toLongLong();
        meanTimesUpdates += cells[11].toDouble() * static_cast<double>(updates - previous);
        maximum = std::max(maximum, cells[12].toLongLong());
        previous = updates;
    }
    QCOMPARE(counted, 120.0); // 400 samples in batches of 10, 3 epochs
    QCOMPARE(static_cast<double>(previous), counted);
    QVERIFY(std::abs(weighted - meanTimesUpdates) < 1e-9);
    QCOMPARE(counts.size(), static_cast<qsizetype>(maximum) + 1);
    // A synchronous run counts every update at staleness 0 (what the lesson's mode control shows).
    QByteArray sync = readText(experiment);
    sync.replace("async", "sync");
    QVERIFY(run({writeFile(dir, "b.json", sync), "--summary", dir.filePath("t.json")}).exitCode == 0);
    const QJsonArray syncCounts = readJson(dir.filePath("t.json"))["staleness_counts"].toArray();
    QCOMPARE(syncCounts.size(), 1);
    QCOMPARE(syncCounts[0].toDouble(), 3.0 * 400 / (4 * 10)); // 3 epochs of global batches of 4 × 10
}

QTEST_GUILESS_MAIN(KobaiRunScaling)
#include "tst_kobai_run_scaling.moc"
