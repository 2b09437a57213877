#include "StallMeasurement.h"

#include "measure/RenderingChoice.h"
#include "measure/StallMeter.h"
#include "run/ControlPresets.h"
#include "run/ExperimentController.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace kobai::app {

namespace {

/// Epochs the runs are lengthened to: enough that they stream for the whole measurement.
constexpr int stallRunEpochs = 10000;
constexpr int stallWarmUpMs = 1500;

/// Makes the measured change; false (with the exit code set) when it cannot be made.
bool makeChange(ExperimentController &controller, const AppOptions &options)
{
    if (options.stallChange) {
        if (const QString why = applyControlPresets(controller, {*options.stallChange}); !why.isEmpty()) {
            std::fprintf(stderr, "kobai: --stall-change: %s\n", qUtf8Printable(why));
            QCoreApplication::exit(2);
            return false;
        }
        return true;
    }
    // Only training runs have epochs (a lesson's landscape paths have steps).
    QStringList training;
    for (const config::LessonExperiment &e : controller.openLesson()->experiments)
        if (e.experiment.kind == config::ExperimentKind::Training)
            training << e.name;
    if (training.isEmpty() || !controller.setExperimentField(QStringLiteral("epochs"), stallRunEpochs, training)) {
        std::fprintf(stderr, "kobai: --measure-stalls cannot lengthen this lesson's runs: %s\n",
                     training.isEmpty() ? "it has no training runs" : qUtf8Printable(controller.controlError()));
        QCoreApplication::exit(1);
        return false;
    }
    return true;
}

/// Prints once how long after the clock's start the restarted runs' first epoch arrived.
/// The restart shows as results cleared (epoch 0); batches of the runs it replaced may
/// come before that and do not count.
void reportFirstPoints(ExperimentController *controller, QObject *context, std::shared_ptr<QElapsedTimer> clock)
{
    auto firstPoints = std::make_shared<QMetaObject::Connection>();
    auto restarted = std::make_shared<bool>(false);
    *firstPoints = QObject::connect(controller, &ExperimentController::resultsChanged, context,
                                    [controller, clock, firstPoints, restarted] {
                                        if (!*restarted) {
                                            *restarted = controller->currentEpoch() == 0;
                                            return;
                                        }
                                        if (controller->currentEpoch() < 1)
                                            return;
                                        std::printf("first points %lld ms after the change\n",
                                                    static_cast<long long>(clock->elapsed()));
                                        QObject::disconnect(*firstPoints);
                                    });
}

} // namespace

void measureStalls(QQuickWindow *window, const AppOptions &options)
{
    auto *controller = window->property("controller").value<ExperimentController *>();
    if (!controller || !controller->hasLesson()) {
        std::fprintf(stderr, "kobai: --measure-stalls needs a lesson that opens\n");
        QCoreApplication::exit(1);
        return;
    }
    auto *meter = new StallMeter(options.stallIntervalMs, window);
    auto clock = std::make_shared<QElapsedTimer>();
    // The first frames (window, charts, lesson text) are start-up, not streaming: the
    // change, and the measurement with it, come once they are drawn.
    QTimer::singleShot(stallWarmUpMs, meter, [meter, clock, controller, options] {
        reportFirstPoints(controller, meter, clock);
        clock->start();
        meter->start();
        if (!makeChange(*controller, options))
            clock->invalidate();
    });
    // Measures while the runs stream: until they end or S seconds have passed, whichever first.
    const auto report = [window, meter, controller, clock, options] {
        if (!clock->isValid())
            return;
        std::printf("platform %s, renderer %s, probe every %d ms, %.1f s of streaming (now run %d, epoch %d), %zu samples\n"
                    "gap p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                    qUtf8Printable(QGuiApplication::platformName()), rendererName(window), options.stallIntervalMs,
                    static_cast<double>(clock->elapsed()) / 1000.0, controller->currentRun() + 1,
                    controller->currentEpoch(), meter->samples(), meter->percentile(50), meter->percentile(99),
                    meter->longest());
        clock->invalidate();
        QCoreApplication::quit();
    };
    QObject::connect(controller, &ExperimentController::runningChanged, meter, [controller, report] {
        if (!controller->running())
            report();
    });
    QTimer::singleShot(stallWarmUpMs + static_cast<int>(options.stallSeconds * 1000), meter, report);
}

} // namespace kobai::app
