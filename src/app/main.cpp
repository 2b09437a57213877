// Kōbai's desktop app. Besides the window, flags for headless use (AppOptions checks them):
//   --lesson ID [--control I=V …] [--size WxH]   open a lesson with its knobs preset
//   --lang ja|en --run-seconds S --screenshot FILE.png   grab the window and quit
//   --measure-stalls S [--stall-interval-ms MS]   stream a long run, print the GUI thread's gaps
//   --measure-stalls S --stall-change I=V   once the lesson's first runs end, move control I to V
//                                           and time the first epoch of a run it targets
//   --measure-startup [--run-seconds S]   print the time to the first frame, and the memory held
//                                         after the lesson has run S seconds; quit
//   --data-dir DIR   keep the learner's progress there (tests, screenshots), not in the app's data folder
#include "AppOptions.h"
#include "OfflineNetworkAccess.h"
#include "measure/ProcessMeter.h"
#include "measure/RenderingChoice.h"
#include "measure/StallMeasurement.h"
#include "progress/Progress.h"
#include "reading/Language.h"
#include "reading/LessonLibrary.h"
#include "run/ControlPresets.h"
#include "run/ExperimentController.h"

#include "core/AllocatorTuning.h"

#include <QApplication>
#include <QFontDatabase>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>

Q_IMPORT_QML_PLUGIN(KobaiPlugin)

namespace {

using kobai::app::AppOptions;

void grabAndQuit(QQuickWindow *window, const QString &path)
{
    if (!window->grabWindow().save(path)) {
        std::fprintf(stderr, "kobai: cannot write %s\n", qUtf8Printable(path));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::quit();
}

void measureStartup(QQuickWindow *window, const AppOptions &options)
{
    // frameSwapped comes from the render thread where there is one: take the time there,
    // once; several frames may be swapped before the GUI thread could disconnect.
    auto once = std::make_shared<std::once_flag>();
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [once] {
            std::call_once(*once, [] {
                std::printf("first frame %.0f ms after the process started\n",
                            kobai::app::millisecondsSinceProcessStart());
                std::fflush(stdout);
            });
        },
        Qt::DirectConnection);
    QTimer::singleShot(static_cast<int>(options.runSeconds * 1000), window, [window, options] {
        std::printf("resident memory %.1f MiB (peak %.1f MiB) after %.1f s with lesson \"%s\" open (renderer %s)\n",
                    kobai::app::residentMiB(), kobai::app::peakResidentMiB(), options.runSeconds,
                    qUtf8Printable(options.lessonId), kobai::app::rendererName(window));
        QCoreApplication::quit();
    });
}

/// Noto Sans CJK JP for Latin text too: Japanese and English set in one design, and it
/// places combining marks over their letters (the m̂ and v̂ of Adam), which DejaVu Sans,
/// the usual default, draws a letter or two away in Qt 6.4.
void useLessonFont()
{
    const QString family = QStringLiteral("Noto Sans CJK JP");
    if (!QFontDatabase::hasFamily(family))
        return;
    QFont font = QGuiApplication::font();
    font.setFamily(family);
    QGuiApplication::setFont(font);
}

/// Opens what the command line asked for: the lesson (an unknown id is an error, not the
/// first lesson in silence) with its control presets, at the window size asked for.
QString openRequested(QQuickWindow *window, const AppOptions &options)
{
    if (options.size)
        window->resize(*options.size);
    auto *controller = window->property("controller").value<kobai::app::ExperimentController *>();
    if (options.lessonId.isEmpty() || !controller || !controller->library())
        return {};
    const kobai::app::LessonLibrary &library = *controller->library();
    if (library.indexOfId(options.lessonId) < 0) {
        QStringList ids;
        for (int row = 0; row < library.rowCount(); ++row)
            if (library.at(row).lesson)
                ids << library.at(row).lesson->id;
        return QStringLiteral("--lesson: there is no lesson \"%1\"; the lessons are %2")
            .arg(options.lessonId, ids.join(QStringLiteral(", ")));
    }
    return kobai::app::applyControlPresets(*controller, options.controls);
}

/// A headless run keeps its settings (and, without --data-dir, its progress) in a scratch
/// folder, so a screenshot never changes the learner's language or last lesson.
void keepSettingsIn(const QString &folder)
{
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, folder);
}

} // namespace

int main(int argc, char *argv[])
{
    // Lessons train on worker threads, resizing the same workspaces as kobai-run does.
    kobai::keepWorkspacesInHeap();
    QCoreApplication::setOrganizationName(QStringLiteral("Kobai"));
    QCoreApplication::setApplicationName(QStringLiteral("Kobai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOBAI_VERSION));
    if (kobai::app::asksOnlyForInformation(argc, argv)) {
        // Help and version need no display.
        QCoreApplication information(argc, argv);
        kobai::app::parseAppOptions(QCoreApplication::arguments());
        return 0;
    }
    // Qt Charts draws through QGraphicsView, so QML charts need a QApplication.
    QApplication app(argc, argv);
    const AppOptions options = kobai::app::parseAppOptions(QCoreApplication::arguments());
    QTemporaryDir scratch;
    if (!options.dataDir.isEmpty())
        keepSettingsIn(options.dataDir);
    else if (options.headless())
        keepSettingsIn(scratch.path());
    if (!options.dataDir.isEmpty())
        kobai::app::Progress::setDataDir(options.dataDir);
    else if (options.headless())
        kobai::app::Progress::setDataDir(scratch.path());
    // Fusion renders the same offscreen, under Xvfb and on a desktop (Material does not offscreen).
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    useLessonFont();
    kobai::app::chooseRenderer();

    kobai::app::OfflineNetworkAccess offlineNetwork;
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&offlineNetwork);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.setInitialProperties({{QStringLiteral("requestedLessonId"), options.lessonId},
                                 {QStringLiteral("showTour"), !options.headless()}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Kobai/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    // The Kobai module is registered once Main.qml has imported it, not before.
    if (!options.language.isEmpty())
        engine.singletonInstance<kobai::app::Language *>(qmlTypeId("Kobai", 1, 0, "Language"))
            ->setCode(options.language);
    if (const QString problem = openRequested(window, options); !problem.isEmpty()) {
        std::fprintf(stderr, "kobai: %s\n", qUtf8Printable(problem));
        return 2;
    }

    if (options.stallSeconds > 0)
        kobai::app::measureStalls(window, options);
    else if (options.measureStartup)
        measureStartup(window, options);
    else if (!options.screenshot.isEmpty())
        QTimer::singleShot(static_cast<int>(options.runSeconds * 1000), window,
                           [window, path = options.screenshot] { grabAndQuit(window, path); });
    return QCoreApplication::exec();
}
