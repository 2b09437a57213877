// kobai-run's output side and bounds (issue 13): what a full disk, a device, an output
// that is the input or another output, a signal mid-run, an oversized network or an
// overflowing value leave behind — the exit code, the message, and the files on disk
// (the input byte for byte, no partial file under a final name). Every child runs with
// a timeout, and the bounds tests under an address-space limit.
#include "KobaiRunProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool addressSanitizer = true; // ASan reserves terabytes of shadow: RLIMIT_AS would stop it starting
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool addressSanitizer = true;
#else
constexpr bool addressSanitizer = false;
#endif
#else
constexpr bool addressSanitizer = false;
#endif

/// What kobai-run may use in one of these tests.
struct Limits {
    rlim_t fileSize = RLIM_INFINITY;
    rlim_t addressSpace = RLIM_INFINITY;
};

/// A training run long enough to be interrupted and to fill 64 KiB of per-update rows.
const QByteArray longRun = R"({"seed": 1, "dataset": {"name": "moons", "n": 1000},
    "model": {"name": "mlp", "hidden": [8]}, "batch_size": 1, "epochs": 100000})";
/// A short one: 8 000 per-update rows, about 200 KB.
const QByteArray shortRun = R"({"seed": 1, "dataset": {"name": "moons", "n": 1000},
    "model": {"name": "mlp", "hidden": [8]}, "batch_size": 1, "epochs": 10})";

void applyLimits(QProcess &process, const Limits &limits)
{
    // Under ASan the address-space limit becomes a limit on one allocation, which then
    // fails as new does (std::bad_alloc) instead of ASan stopping the program.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (addressSanitizer && limits.addressSpace != RLIM_INFINITY)
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           environment.value(QStringLiteral("ASAN_OPTIONS")) +
                               QStringLiteral(":allocator_may_return_null=1:max_allocation_size_mb=%1")
                                   .arg(limits.addressSpace >> 20));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([limits] {
        const rlimit size{limits.fileSize, limits.fileSize};
        setrlimit(RLIMIT_FSIZE, &size);
        if (!addressSanitizer) {
            const rlimit space{limits.addressSpace, limits.addressSpace};
            setrlimit(RLIMIT_AS, &space);
        }
    });
}

/// Runs kobai-run under limits for at most 60 s; stdout to outputFile when given.
Result runLimited(const QStringList &arguments, const Limits &limits, const QString &stdoutFile = {})
{
    QProcess process;
    applyLimits(process, limits);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(QStringLiteral(KOBAI_RUN), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, "timed out"};
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return {-2, {}, "killed by a signal"};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

/// No file in dir ends in .partial.
bool noPartialFiles(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden).isEmpty();
}

/// Every row of a CSV has `cells` cells and the file ends on a row boundary.
bool wholeRows(const QByteArray &csv, int cells)
{
    if (csv.isEmpty() || !csv.endsWith('\n'))
        return false;
    for (const QByteArray &line : csv.trimmed().split('\n'))
        if (line.count(',') != cells - 1)
            return false;
    return true;
}

} // namespace

class OutputSide : public QObject {
    Q_OBJECT
private slots:
    void fullFilesystem_data();
    void fullFilesystem();
    void stdoutToDevFull();
    void unwritableOutputs_data();
    void unwritableOutputs();
    void outputIsTheInput_data();
    void outputIsTheInput();
    void collidingOutputs_data();
    void collidingOutputs();
    void signalStopsOnARowBoundary_data();
    void signalStopsOnARowBoundary();
    void boundsRefusedQuickly_data();
    void boundsRefusedQuickly();
    void allocationFailureIsAnError();
    void nonFiniteValuesNeverReachACsv_data();
    void nonFiniteValuesNeverReachACsv();
    void emptyTrainingPartIsInvalidInput();
    void lessonChecksEveryExperimentFirst();
    void invalidOptions_data();
    void invalidOptions();
};

void OutputSide::fullFilesystem_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("limit");
    // 64 KiB is more than the epoch rows and less than the per-update rows; 1 KiB less than a summary.
    QTest::newRow("--per-update") << "--per-update" << 64 * 1024;
    QTest::newRow("--out") << "--out" << 512;
    QTest::newRow("--summary") << "--summary" << 1024;
    // 11 epochs of one layer's statistics: about 4 KB.
    QTest::newRow("--layer-stats") << "--layer-stats" << 2048;
}

// An existing output keeps its bytes when the run cannot replace it, and no
// partial file is left under any name.
void OutputSide::fullFilesystem()
{
    QFETCH(QString, option);
    QFETCH(int, limit);
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "e.json", shortRun);
    const QString target = writeFile(dir, "old.out", "precious\n");
    const Result r = runLimited({experiment, option, target}, {static_cast<rlim_t>(limit), RLIM_INFINITY},
                                QStringLiteral("/dev/null"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(target.toUtf8() + ": cannot be written: File too large"), r.err);
    QCOMPARE(contents(target), QByteArray("precious\n"));
    QVERIFY(noPartialFiles(dir));
    QCOMPARE(contents(experiment), shortRun);
}

void OutputSide::stdoutToDevFull()
{
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "e.json", R"({"epochs": 2})");
    for (const QStringList &arguments : {QStringList{experiment}, QStringList{"--help"}}) {
        const Result r = runLimited(arguments, {}, QStringLiteral("/dev/full"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("stdout: cannot be written: No space left on device"), r.err);
    }
}

void OutputSide::unwritableOutputs_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("/dev/full") << "/dev/full" << QByteArray("No space left on device");
    QTest::newRow("/proc/version") << "/proc/version" << QByteArray("/proc/version: cannot be written: ");
    // A folder no one may create files in, root included.
    QTest::newRow("folder /proc") << "/proc/kobai-out.csv" << QByteArray("/proc/kobai-out.csv: cannot be written: ");
    QTest::newRow("under a file") << "e.json/out.csv" << QByteArray("cannot be written: Not a directory");
}

void OutputSide::unwritableOutputs()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, reason);
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "e.json", R"({"epochs": 2})");
    const QString out = path.startsWith(u'/') ? path : dir.filePath(path);
    const Result r = run({experiment, "--out", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(reason), r.err);
    QVERIFY2(r.err.contains(out.toUtf8()), r.err);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(noPartialFiles(dir));
    if (path == "/dev/full") {
        struct stat status {};
        QVERIFY(stat("/dev/full", &status) == 0 && S_ISCHR(status.st_mode)); // still the device
    }
}

void OutputSide::outputIsTheInput_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    QTest::newRow("--out same name") << "--out" << "e.json";
    QTest::newRow("--summary through ./") << "--summary" << "./sub/../e.json";
    QTest::newRow("--per-update through a symlink") << "--per-update" << "link.json";
}

void OutputSide::outputIsTheInput()
{
    QFETCH(QString, option);
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("sub"));
    const QByteArray text = R"({"epochs": 2})";
    const QString experiment = writeFile(dir, "e.json", text);
    QVERIFY(QFile::link(experiment, dir.filePath("link.json")));
    const Result r = runProgram(QStringLiteral(KOBAI_RUN), {"e.json", option, name}, {}, dir.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("kobai-run: " + option.toUtf8() + ": value \"" + name.toUtf8() +
                              "\"; expected a file other than the experiment file"),
             r.err);
    QCOMPARE(contents(experiment), text);
    QVERIFY(r.out.isEmpty());
}

void OutputSide::collidingOutputs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("--out X --per-update X") << QStringList{"--out", "x.csv", "--per-update", "x.csv"}
                                            << QByteArray("--per-update: value \"x.csv\"; expected a file other "
                                                          "than --out's \"x.csv\"");
    QTest::newRow("--out X --summary ./X") << QStringList{"--out", "x.csv", "--summary", "./x.csv"}
                                           << QByteArray("--summary: value \"./x.csv\"; expected a file other than "
                                                         "--out's \"x.csv\"");
    QTest::newRow("--per-update X --summary link-to-X")
        << QStringList{"--per-update", "old.csv", "--summary", "link.csv"}
        << QByteArray("--summary: value \"link.csv\"; expected a file other than --per-update's \"old.csv\"");
    QTest::newRow("--out X --layer-stats ./X") << QStringList{"--out", "x.csv", "--layer-stats", "./x.csv"}
                                               << QByteArray("--layer-stats: value \"./x.csv\"; expected a file "
                                                             "other than --out's \"x.csv\"");
}

void OutputSide::collidingOutputs()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    writeFile(dir, "e.json", R"({"epochs": 2})");
    writeFile(dir, "old.csv", "precious\n");
    QVERIFY(QFile::link(dir.filePath("old.csv"), dir.filePath("link.csv")));
    const Result r = runProgram(QStringLiteral(KOBAI_RUN), QStringList{"e.json"} + arguments, {}, dir.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System).size(), 3); // nothing new
    QCOMPARE(contents(dir.filePath("old.csv")), QByteArray("precious\n"));
}

void OutputSide::signalStopsOnARowBoundary_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("SIGINT") << SIGINT << 130;
    QTest::newRow("SIGTERM") << SIGTERM << 143;
    QTest::newRow("SIGHUP") << SIGHUP << 129;
}

void OutputSide::signalStopsOnARowBoundary()
{
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString experiment = writeFile(dir, "e.json", longRun);
    const QString updates = dir.filePath("u.csv");
    const QString summary = dir.filePath("s.json");
    QProcess process;
    process.start(QStringLiteral(KOBAI_RUN), {experiment, "--per-update", updates, "--summary", summary});
    // Mid-run: once epoch 1's row is out, updates are being written.
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains("\n1,") && waited.elapsed() < 60000 && process.waitForReadyRead(1000))
        out += process.readAllStandardOutput();
    QVERIFY2(out.contains("\n1,"), out);
    QVERIFY(::kill(static_cast<pid_t>(process.processId()), signal) == 0);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    out += process.readAllStandardOutput();
    QVERIFY(wholeRows(out, 9));
    QVERIFY(process.readAllStandardError().contains("kobai-run: cancelled"));
    QVERIFY(wholeRows(contents(updates), 3));
    QCOMPARE(readJson(summary).value("status").toString(), QStringLiteral("cancelled"));
    QVERIFY(noPartialFiles(dir));
}

void OutputSide::boundsRefusedQuickly_data()
{
    QTest::addColumn<QByteArray>("experiment");
    QTest::addColumn<QByteArray>("message");
    QByteArray manyLayers = "[8";
    for (int i = 1; i < 1'000'000; ++i)
        manyLayers += ",8";
    manyLayers += "]";
    QByteArray deep = "[4096";
    for (int i = 1; i < 100; ++i)
        deep += ",4096";
    deep += "]";
    QTest::newRow("a million hidden layers")
        << R"({"model": {"name": "mlp", "hidden": )" + manyLayers + "}}"
        << QByteArray(R"(field "model.hidden": value (1000000 layer sizes); expected at most 64 hidden layers)");
    QTest::newRow("100 layers of 4096") << R"({"model": {"name": "mlp", "hidden": )" + deep + "}}"
                                        << QByteArray("expected at most 64 hidden layers");
    QTest::newRow("7 layers of 4096")
        << QByteArray(R"({"model": {"name": "mlp", "hidden": [4096, 4096, 4096, 4096, 4096, 4096, 4096]}})")
        << QByteArray(R"(field "model.hidden": value (1.01e+08 parameters with 2 inputs and 2 outputs); )"
                      "expected at most 1e+08 weights and biases");
    QTest::newRow("n 1e7, [4096]*3, epochs 1e6, batch 0")
        << QByteArray(R"({"dataset": {"name": "moons", "n": 10000000}, "model": {"name": "mlp",
                         "hidden": [4096, 4096, 4096]}, "epochs": 1000000, "batch_size": 0})")
        << QByteArray(R"(field "batch_size": value (about)");
    QTest::newRow("n 1e7, [256], epochs 1e6")
        << QByteArray(R"({"dataset": {"name": "moons", "n": 10000000}, "model": {"name": "mlp",
                         "hidden": [256]}, "epochs": 1000000})")
        << QByteArray(R"(field "epochs": value 1000000 (about)");
}

// Refused before anything is allocated: in seconds, under 2 GB of address space, with
// an existing output untouched.
void OutputSide::boundsRefusedQuickly()
{
    QFETCH(QByteArray, experiment);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const QString file = writeFile(dir, "e.json", experiment);
    const QString out = writeFile(dir, "old.csv", "precious\n");
    QElapsedTimer timer;
    timer.start();
    const Result r = runLimited({file, "--out", out, "--per-update", dir.filePath("u.csv")},
                                {RLIM_INFINITY, rlim_t{2} << 30});
    QVERIFY2(timer.elapsed() < 20000, QByteArray::number(timer.elapsed()));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.left(2000));
    QCOMPARE(contents(out), QByteArray("precious\n"));
    QVERIFY(!QFile::exists(dir.filePath("u.csv")));
    QVERIFY(noPartialFiles(dir));
}

// A run within the limits on a machine that has less memory: a message and exit 1,
// not SIGABRT, and the existing output untouched.
void OutputSide::allocationFailureIsAnError()
{
    QTemporaryDir dir;
    // Accepted (about 7 GiB estimated), then the first full-batch forward pass asks for 2 GB at once.
    const QString file = writeFile(dir, "e.json", R"({"dataset": {"name": "moons", "n": 10000000},
        "model": {"name": "mlp", "hidden": [32]}, "batch_size": 0, "epochs": 1})");
    const QString out = writeFile(dir, "old.csv", "precious\n");
    const Result r = runLimited({file, "--out", out}, {RLIM_INFINITY, rlim_t{1} << 30});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("kobai-run: out of memory"), r.err);
    QCOMPARE(contents(out), QByteArray("precious\n"));
    QVERIFY(noPartialFiles(dir));
}

void OutputSide::nonFiniteValuesNeverReachACsv_data()
{
    QTest::addColumn<QByteArray>("experiment");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("l2 1e308") << QByteArray(R"({"epochs": 3, "regularization": {"l2": 1e308}})")
                              << QByteArray("diverged at epoch 0, update 0 (the weight penalty is not finite)");
    QTest::newRow("training, ExponentialLR gamma 1e300")
        << QByteArray(R"({"epochs": 5, "scheduler": {"name": "ExponentialLR", "gamma": 1e300}})")
        << QByteArray("diverged at epoch 2, update "); // the rate 1e299 sends the loss to inf first
    QTest::newRow("schedule, ExponentialLR gamma 1e300")
        << QByteArray(R"({"kind": "schedule", "epochs": 2000, "scheduler": {"name": "ExponentialLR", "gamma": 1e300}})")
        << QByteArray("diverged at epoch 2 (the learning rate is not finite)");
    QTest::newRow("trajectory, quadratic a 1e308")
        << QByteArray(R"({"kind": "trajectory", "function": {"name": "quadratic", "a": 1e308}, "start": [3, 2]})")
        << QByteArray("diverged at step 0 (a coordinate or the loss is not finite)");
}

void OutputSide::nonFiniteValuesNeverReachACsv()
{
    QFETCH(QByteArray, experiment);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const QString file = writeFile(dir, "e.json", experiment);
    const Result r = run({file, "--summary", dir.filePath("s.json")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(message), r.err);
    QVERIFY(!r.out.contains("inf") && !r.out.contains("nan"));
    QCOMPARE(readJson(dir.filePath("s.json")).value("status").toString(), QStringLiteral("diverged"));
}

void OutputSide::emptyTrainingPartIsInvalidInput()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, "e.json", R"({"dataset": {"name": "moons", "n": 4,
        "val_fraction": 0.5, "test_fraction": 0.49}})");
    const Result r = run({file, "--out", dir.filePath("c.csv")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(R"(field "dataset.test_fraction": value 0.49; expected fractions of n = 4 leaving )"
                            "at least 1 training and 1 validation sample (val_fraction 0.5 gives 2 validation, "
                            "test_fraction 0.49 gives 2 test, 0 left to train)"),
             r.err);
    QVERIFY(!QFile::exists(dir.filePath("c.csv")));
}

// The second experiment's missing data stops the lesson before the first writes anything.
void OutputSide::lessonChecksEveryExperimentFirst()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("lessons/01-two"));
    writeFile(dir, "lessons/01-two/text.en.md", "# Two\n");
    writeFile(dir, "lessons/01-two/text.ja.md", "# 二つ\n");
    writeFile(dir, "lessons/01-two/lesson.json", R"({"format_version": 1, "id": "two", "order": 1,
 "title": {"ja": "二つ", "en": "Two"}, "try_this": {"ja": "試す", "en": "Try"},
 "experiments": [
  {"name": "first", "label": {"ja": "一", "en": "One"}, "experiment": {"epochs": 2}},
  {"name": "second", "label": {"ja": "二", "en": "Two"},
   "experiment": {"dataset": {"name": "fashion-mnist", "path": "/nonexistent/fashion"}, "model": {"name": "softmax"}}}]})");
    const Result r = run({"--lesson", "two", "--lessons-dir", dir.filePath("lessons"), "--out-dir",
                          dir.filePath("out")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(dir.filePath("lessons/01-two/lesson.json").toUtf8() + ": field \"dataset\""), r.err);
    QVERIFY2(r.err.contains("experiment \"second\"") && r.err.contains("/nonexistent/fashion"), r.err);
    QVERIFY(!QFile::exists(dir.filePath("out")));
}

void OutputSide::invalidOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown option") << QStringList{"e.json", "--outt", "x"} << QByteArray("Unknown option 'outt'");
    QTest::newRow("missing value") << QStringList{"e.json", "--out"} << QByteArray("Missing value after '--out'");
    QTest::newRow("empty value") << QStringList{"e.json", "--out", ""}
                                 << QByteArray("--out: value \"\"; expected a file to write");
    QTest::newRow("value is an option") << QStringList{"e.json", "--out", "--summary", "s.json"}
                                        << QByteArray("--out: value \"--summary\"; expected a file to write, not an "
                                                      "option (write ./--summary for a file named so)");
    QTest::newRow("given twice") << QStringList{"e.json", "--out", "a.csv", "--out", "b.csv"}
                                 << QByteArray("--out: given 2 times (a.csv, b.csv); expected once");
    QTest::newRow("a folder") << QStringList{"e.json", "--summary", "."}
                              << QByteArray("--summary: value \".\"; expected a file to write, not a folder");
    QTest::newRow("--experiment without --lesson")
        << QStringList{"e.json", "--experiment", "x"}
        << QByteArray("--experiment cannot be used with an experiment file (only with --lesson)");
    QTest::newRow("--out with --lesson") << QStringList{"--lesson", "x", "--out", "a.csv"}
                                         << QByteArray("--out cannot be used with --lesson (use --out-dir)");
    QTest::newRow("--out with --as-pytorch") << QStringList{"e.json", "--as-pytorch", "--out", "a.py"}
                                             << QByteArray("--out cannot be used with --as-pytorch");
    QTest::newRow("two files") << QStringList{"e.json", "f.json"}
                               << QByteArray("expected exactly one experiment file, found 2: e.json, f.json");
    QTest::newRow("--lesson with a file") << QStringList{"--lesson", "x", "e.json"}
                                          << QByteArray("--lesson takes no experiment file (found e.json)");
    QTest::newRow("--out-dir a file") << QStringList{"--lesson", "x", "--out-dir", "e.json"}
                                      << QByteArray("--out-dir: value \"e.json\"; expected a folder, not a file");
}

void OutputSide::invalidOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    writeFile(dir, "e.json", R"({"epochs": 2})");
    const Result r = runProgram(QStringLiteral(KOBAI_RUN), arguments, {}, dir.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("kobai-run: ") && r.err.contains(message), r.err);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(OutputSide)
#include "tst_output_side.moc"
