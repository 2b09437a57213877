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

/// The experiments (indices) the measured change starts again: the moved control's (all
/// when it names none), or the lesson's training runs, which the change lengthens.
QList<int> changedExperiments(const ExperimentController &controller, const AppOptions &options)
{
    const config::Lesson &lesson = *controller.openLesson();
    const bool moved = options.stallChange && options.stallChange->index < lesson.controls.size();
    const QStringList named = moved ? lesson.controls.at(options.stallChange->index).experiments : QStringList{};
    QList<int> changed;
    for (int i = 0; i < lesson.experiments.size(); ++i) {
        const config::LessonExperiment &e = lesson.experiments.at(i);
        if (moved ? named.isEmpty() || named.contains(e.name) : e.experiment.kind == config::ExperimentKind::Training)
            changed << i;
    }
    return changed;
}

/// Makes the measured change; false (with the exit code set) when it cannot be made.
bool makeChange(ExperimentController &controller, const AppOptions &options, const QList<int> &changed)
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
    for (int i : changed)
        training << controller.openLesson()->experiments.at(i).name;
    if (training.isEmpty() || !controller.setExperimentField(QStringLiteral("epochs"), stallRunEpochs, training)) {
        std::fprintf(stderr, "kobai: --measure-stalls cannot lengthen this lesson's runs: %s\n",
                     training.isEmpty() ? "it has no training runs" : qUtf8Printable(controller.controlError()));
        QCoreApplication::exit(1);
        return false;
    }
    return true;
}

/// Prints once how long after the clock's start the first epoch of a changed run arrived
/// (the curve the learner watches). The restart shows as results cleared (epoch 0);
/// batches of the runs it replaced may come before that and do not count.
void reportFirstPoints(ExperimentController *controller, QObject *context, std::shared_ptr<QElapsedTimer> clock,
                       const QList<int> &changed)
{
    auto firstPoints = std::make_shared<QMetaObject::Connection>();
    auto restarted = std::make_shared<bool>(false);
    *firstPoints = QObject::connect(controller, &ExperimentController::resultsChanged, context,
                                    [controller, clock, firstPoints, restarted, changed] {
                                        if (!*restarted) {
                                            *restarted = controller->currentEpoch() == 0;
                                            return;
                                        }
                                        if (!changed.contains(controller->currentRun()) || controller->currentEpoch() < 1)
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
    const auto begin = [meter, clock, controller, options, report] {
        const QList<int> changed = changedExperiments(*controller, options);
        reportFirstPoints(controller, meter, clock, changed);
        clock->start();
        meter->start();
        if (!makeChange(*controller, options, changed))
            clock->invalidate();
        QTimer::singleShot(static_cast<int>(options.stallSeconds * 1000), meter, report);
    };
    // The first frames (window, charts, lesson text) are start-up, not streaming: the
    // change, and the measurement with it, come once they are drawn. A control is moved
    // as a learner moves it after reading, once the lesson's first runs have ended (and
    // its data have been read): what is timed is the move, not the lesson's opening.
    QTimer::singleShot(stallWarmUpMs, meter, [meter, controller, options, begin] {
        if (!options.stallChange || !controller->running()) {
            begin();
            return;
        }
        auto settled = std::make_shared<QMetaObject::Connection>();
        *settled = QObject::connect(controller, &ExperimentController::runningChanged, meter, [controller, begin, settled] {
            if (controller->running())
                return;
            QObject::disconnect(*settled);
            begin();
        });
    });
}

} // namespace kobai::app
