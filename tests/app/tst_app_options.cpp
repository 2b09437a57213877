// The kobai executable's command line as a teacher or a script uses it: every option is
// checked with a message naming it and exit 2; --help needs no display; a lesson opens
// with its knobs preset at the size asked for; a screenshot run changes neither the
// learner's settings nor their progress.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs kobai with a home of its own (so nothing the test does reaches a real one).
Result runApp(const QStringList &arguments, const QString &home, bool display = true)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (display)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    else
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KOBAI_APP), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

/// Every file under `folder`, relative to it.
QStringList filesUnder(const QString &folder)
{
    QStringList found;
    QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (info.isDir())
            for (const QString &inner : filesUnder(info.filePath()))
                found << info.fileName() + QLatin1Char('/') + inner;
        else
            found << info.fileName();
    }
    return found;
}

} // namespace

class AppOptions : public QObject
{
    Q_OBJECT

private slots:
    void badOptionsAreNamed_data();
    void badOptionsAreNamed();
    void helpAndVersionNeedNoDisplay();
    void aLessonOpensWithItsKnobsPresetAtTheSizeAskedFor();
    void aScreenshotChangesNoSettingsAndNoProgress();
};

void AppOptions::badOptionsAreNamed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("negative seconds") << QStringList{"--run-seconds", "-1", "--screenshot", "x.png"} << "--run-seconds";
    QTest::newRow("NaN seconds") << QStringList{"--run-seconds", "nan", "--screenshot", "x.png"} << "--run-seconds";
    QTest::newRow("huge seconds") << QStringList{"--run-seconds", "1e308", "--screenshot", "x.png"} << "--run-seconds";
    QTest::newRow("words for seconds") << QStringList{"--run-seconds", "abc", "--screenshot", "x.png"} << "--run-seconds";
    QTest::newRow("negative stall time") << QStringList{"--measure-stalls", "-5"} << "--measure-stalls";
    QTest::newRow("stall interval 0") << QStringList{"--measure-stalls", "1", "--stall-interval-ms", "0"}
                                      << "--stall-interval-ms";
    QTest::newRow("stall change without a measurement")
        << QStringList{"--lesson", "learning-rate", "--stall-change", "0=0.1"} << "--stall-change needs --measure-stalls";
    QTest::newRow("stall change without a lesson")
        << QStringList{"--measure-stalls", "1", "--stall-change", "0=0.1"} << "--stall-change needs";
    QTest::newRow("stall change by name")
        << QStringList{"--lesson", "learning-rate", "--measure-stalls", "1", "--stall-change", "lr"} << "--stall-change takes I=V";
    QTest::newRow("unknown language") << QStringList{"--lang", "fr"} << "--lang";
    QTest::newRow("tiny window") << QStringList{"--size", "10x10"} << "--size";
    QTest::newRow("size in words") << QStringList{"--size", "large"} << "--size";
    QTest::newRow("control without lesson") << QStringList{"--control", "0=0.1"} << "--lesson";
    QTest::newRow("control without value") << QStringList{"--lesson", "learning-rate", "--control", "0="} << "--control";
    QTest::newRow("control by name") << QStringList{"--lesson", "learning-rate", "--control", "lr=0.1"} << "--control";
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::newRow("stray argument") << QStringList{"lesson.json"} << "lesson.json";
    QTest::newRow("unknown lesson") << QStringList{"--lesson", "nosuch", "--screenshot", "x.png"} << "nosuch";
    QTest::newRow("control past the lesson's") << QStringList{"--lesson", "learning-rate", "--control", "9=1"}
                                               << "not control 9";
    QTest::newRow("value above the range") << QStringList{"--lesson", "learning-rate", "--control", "0=5"}
                                           << "from 0.01 to 1.2";
    QTest::newRow("value not in the list") << QStringList{"--lesson", "bgd-sgd-minibatch", "--control", "1=7"}
                                           << "one of 1, 8, 32, 128, 512, 0";
}

void AppOptions::badOptionsAreNamed()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QTemporaryDir home;
    const Result r = runApp(arguments, home.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named.toUtf8()), r.err.constData());
    QVERIFY2(r.err.startsWith("kobai: ") || r.err.contains("\nkobai: ") || named == "frobnicate"
                 || named == "lesson.json", r.err.constData());
    QVERIFY2(r.err.count('\n') <= 2, r.err.constData());
}

void AppOptions::helpAndVersionNeedNoDisplay()
{
    QTemporaryDir home;
    const Result help = runApp({"--help"}, home.path(), false);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("--control") && help.out.contains("--size"), help.out.constData());
    const Result version = runApp({"--version"}, home.path(), false);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("Kobai "), version.out.constData());
}

void AppOptions::aLessonOpensWithItsKnobsPresetAtTheSizeAskedFor()
{
    QTemporaryDir home;
    const QString shot = home.filePath(QStringLiteral("shot.png"));
    const Result r = runApp({"--lesson", "bgd-sgd-minibatch", "--control", "0=1", "--control", "1=512", "--size",
                             "1024x768", "--run-seconds", "0.5", "--screenshot", shot},
                            home.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage image(shot);
    QCOMPARE(image.size(), QSize(1024, 768));
}

void AppOptions::aScreenshotChangesNoSettingsAndNoProgress()
{
    QTemporaryDir home;
    const QString shot = home.filePath(QStringLiteral("shot.png"));
    const Result r = runApp({"--lesson", "momentum", "--lang", "en", "--run-seconds", "0.3", "--screenshot", shot},
                            home.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(shot));
    // No settings file and no progress database where the learner's would be.
    QCOMPARE(filesUnder(home.filePath(QStringLiteral("config"))), QStringList());
    QCOMPARE(filesUnder(home.filePath(QStringLiteral("data"))), QStringList());
}

QTEST_APPLESS_MAIN(AppOptions)
#include "tst_app_options.moc"
