// Qt Quick Test main with a QApplication: Qt Charts in QML needs one (the stock
// QUICK_TEST_MAIN makes a QGuiApplication and crashes in ChartView).
#include <QApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include "OfflineNetworkAccess.h"
#include "progress/Progress.h"

Q_IMPORT_QML_PLUGIN(KobaiPlugin)

/// `Warnings.failOnAny()` in a test's init(): any Qt warning during that test function
/// (a log axis given zero, a binding loop, a missing property) fails it.
class Warnings : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE void failOnAny() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
};

/// What this run of the tests was asked for beyond the command line.
class TestRun : public QObject
{
    Q_OBJECT

public:
    /// KOBAI_JOURNEY_LESSON: the one lesson id the lesson journeys take (ctest runs each
    /// lesson as its own test, in parallel); empty: every shipped lesson.
    Q_INVOKABLE QString journeyLesson() const { return qEnvironmentVariable("KOBAI_JOURNEY_LESSON"); }
};

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->setNetworkAccessManagerFactory(&m_offline);
    }

private:
    kobai::app::OfflineNetworkAccess m_offline;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The tests' own settings, so they never change a learner's remembered language.
    QCoreApplication::setOrganizationName(QStringLiteral("KobaiTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_qml"));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // A fresh progress file for every run, never the learner's own.
    QTemporaryDir dataDir;
    kobai::app::Progress::setDataDir(dataDir.path());
    qmlRegisterSingletonType<Warnings>("KobaiTest", 1, 0, "Warnings",
                                       [](QQmlEngine *, QJSEngine *) -> QObject * { return new Warnings; });
    qmlRegisterSingletonType<TestRun>("KobaiTest", 1, 0, "TestRun",
                                      [](QQmlEngine *, QJSEngine *) -> QObject * { return new TestRun; });
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "kobai_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"
