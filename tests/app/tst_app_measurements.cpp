// The app's own measuring flags, run as a user runs them (offscreen): --measure-startup
// prints the time to the first frame and the memory held, --measure-stalls the GUI
// thread's gaps, also on a lesson whose landscape paths have steps rather than epochs,
// and after a control moved as a learner moves it (--stall-change).
// Only the reports' form and sanity are checked here; the numbers are for bench/.
#include "KobaiRunProcess.h"

#include <QRegularExpression>
#include <QTest>

namespace {

Result runApp(const QStringList &arguments)
{
    QTemporaryDir data;
    return runProgram(QStringLiteral(KOBAI_APP), arguments + QStringList{"--data-dir", data.path()});
}

double number(const QByteArray &out, const char *pattern)
{
    const QRegularExpressionMatch match = QRegularExpression(QString::fromLatin1(pattern)).match(QString::fromUtf8(out));
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

class AppMeasurements : public QObject {
    Q_OBJECT
private slots:
    void startupReportsFirstFrameAndMemory();
    void stallsAreMeasuredOnALessonWithLandscapePaths();
    void aLessonWithoutTrainingRunsIsRefused();
    void aControlMoveIsTimedToItsFirstPoints();
    void aRefusedControlMoveExitsWithTwo();
};

void AppMeasurements::startupReportsFirstFrameAndMemory()
{
    const Result r = runApp({"--lesson", "momentum", "--measure-startup", "--run-seconds", "1"});
    QCOMPARE(r.exitCode, 0);
    const double firstFrame = number(r.out, R"(first frame (\d+) ms after the process started)");
    const double resident = number(r.out, R"(resident memory ([\d.]+) MiB)");
    QVERIFY2(firstFrame > 0 && firstFrame < 60000, r.out.constData());
    QVERIFY2(resident > 10 && resident < 4096, r.out.constData());
    QVERIFY2(r.out.contains("with lesson \"momentum\" open (renderer "), r.out.constData());
}

void AppMeasurements::stallsAreMeasuredOnALessonWithLandscapePaths()
{
    const Result r = runApp({"--lesson", "bgd-sgd-minibatch", "--measure-stalls", "1"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("gap p50"), r.out.constData());
    QVERIFY(number(r.out, R"(first points (\d+) ms after the change)") >= 0);
}

void AppMeasurements::aLessonWithoutTrainingRunsIsRefused()
{
    const Result r = runApp({"--lesson", "gradient-descent", "--measure-stalls", "1"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot lengthen this lesson's runs: it has no training runs"), r.err.constData());
}

void AppMeasurements::aControlMoveIsTimedToItsFirstPoints()
{
    // Lesson 2's learning rate, which every one of its runs takes (bench/app/measure-app.sh
    // moves lesson 8's, whose first runs take minutes under the sanitizers).
    const Result r = runApp({"--lesson", "bgd-sgd-minibatch", "--measure-stalls", "2", "--stall-change", "0=0.05"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("gap p50"), r.out.constData());
    QVERIFY2(number(r.out, R"(first points (\d+) ms after the change)") >= 0, r.out.constData());
}

void AppMeasurements::aRefusedControlMoveExitsWithTwo()
{
    const Result r = runApp({"--lesson", "bgd-sgd-minibatch", "--measure-stalls", "1", "--stall-change", "1=7"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--stall-change: control 1") && r.err.contains("one of 1, 8, 32, 128, 512, 0"), r.err.constData());
}

QTEST_APPLESS_MAIN(AppMeasurements)
#include "tst_app_measurements.moc"
