// A knob reruns only the experiments it targets: shipped lesson 1 has two trajectories,
// each with its own learning-rate control. Moving the ravine's leaves the quadratic's
// run alone: its trace is never emptied (no run of it starts) and keeps the very points
// it had, while the ravine's is run again with the new rate.
#include "run/ControlEdits.h"
#include "run/ExperimentController.h"
#include "run/LessonRun.h"
#include "reading/LessonLibrary.h"

#include <QSignalSpy>
#include <QTest>

using namespace kobai;
using namespace kobai::app;

namespace {

constexpr int quadratic = 0;
constexpr int ravine = 1;
constexpr int ravineRate = 1; ///< lesson 1's control of the ravine's learning rate
constexpr int timeoutMs = 20000;

} // namespace

class TargetedRerun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aControlNamesTheExperimentsItChanged();
    void theOtherExperimentsKeepTheirTraces();
    void theControllerRerunsOnlyTheTarget();

private:
    LessonLibrary m_library;
    int m_row = -1;
};

void TargetedRerun::initTestCase()
{
    m_row = m_library.indexOfId(QStringLiteral("gradient-descent"));
    QVERIFY(m_row >= 0);
    const config::Lesson &lesson = *m_library.at(m_row).lesson;
    QCOMPARE(lesson.experiments.size(), 2);
    QCOMPARE(lesson.controls.at(ravineRate).experiments, QStringList{QStringLiteral("ravine")});
}

void TargetedRerun::aControlNamesTheExperimentsItChanged()
{
    ControlEdits edits;
    edits.open(m_library.at(m_row).lesson);
    QSignalSpy changed(&edits, &ControlEdits::experimentsChanged);
    edits.setControlValue(ravineRate, 0.01);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QList<int>>(), QList<int>{ravine});
}

void TargetedRerun::theOtherExperimentsKeepTheirTraces()
{
    ControlEdits edits;
    edits.open(m_library.at(m_row).lesson);
    LessonRun run;
    run.clear(2);
    run.start(*edits.lesson());
    QTRY_VERIFY_WITH_TIMEOUT(!run.isRunning() && run.traces()[ravine].outcome, timeoutMs);
    const TrajectoryPoint *kept = run.traces()[quadratic].steps.data();
    const std::vector<TrajectoryPoint> quadraticSteps = run.traces()[quadratic].steps;
    const std::vector<TrajectoryPoint> ravineSteps = run.traces()[ravine].steps;
    QVERIFY(!quadraticSteps.empty());

    int emptied = 0;
    connect(&run, &LessonRun::resultsChanged, this, [&] { emptied += !run.traces()[quadratic].outcome; });
    edits.setControlValue(ravineRate, 0.01);
    run.startSoon(*edits.lesson(), {ravine});
    QTRY_VERIFY_WITH_TIMEOUT(run.isRunning(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!run.isRunning() && run.traces()[ravine].outcome, timeoutMs);
    QCOMPARE(emptied, 0);
    QCOMPARE(run.traces()[quadratic].steps.data(), kept);
    QCOMPARE(run.traces()[quadratic].steps.size(), quadraticSteps.size());
    QVERIFY(run.traces()[quadratic].steps.back().x == quadraticSteps.back().x);
    QVERIFY(!run.traces()[ravine].steps.empty());
    QVERIFY(run.traces()[ravine].steps[1].x != ravineSteps[1].x); // the new rate took another step
}

void TargetedRerun::theControllerRerunsOnlyTheTarget()
{
    ExperimentController controller;
    controller.setLibrary(&m_library);
    controller.setLessonIndex(m_row);
    const auto status = [&](int experiment) {
        return controller.outcomes().at(experiment).toMap().value(QStringLiteral("status")).toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!controller.running() && !status(ravine).isEmpty(), timeoutMs);
    QCOMPARE(status(quadratic), QStringLiteral("finished"));

    QStringList quadraticStatuses;
    bool ravineRestarted = false;
    connect(&controller, &ExperimentController::resultsChanged, this, [&] {
        quadraticStatuses.append(status(quadratic));
        ravineRestarted = ravineRestarted || status(ravine).isEmpty();
    });
    controller.setControlValue(ravineRate, 0.01);
    QTRY_VERIFY_WITH_TIMEOUT(ravineRestarted, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.running() && !status(ravine).isEmpty(), timeoutMs);
    QVERIFY(!quadraticStatuses.isEmpty());
    QCOMPARE(quadraticStatuses.filter(QStringLiteral("finished")).size(), quadraticStatuses.size());
}

QTEST_GUILESS_MAIN(TargetedRerun)
#include "tst_targeted_rerun.moc"
