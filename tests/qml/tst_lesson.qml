// The window with the test lessons of data/lessons: a control restarts the run and the
// charts fill again; the language switch changes the visible strings; a broken lesson
// shows its error; the language and the lesson can change, and the window can go away,
// in the middle of a run.
import QtQuick
import QtQuick.Controls
import QtTest
import Kobai
import KobaiTest

TestCase {
    id: testCase
    name: "Lesson"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    LessonLibrary {
        id: testLibrary
        builtIn: false
        Component.onCompleted: addFolder(Qt.resolvedUrl("data/lessons"))
    }

    Component {
        id: viewComponent
        AppView {
            width: 1280
            height: 800
            library: testLibrary
        }
    }

    SignalSpy {
        id: runningSpy
        signalName: "runningChanged"
    }

    function openLesson(id) {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(view)
        view.lessonList.currentIndex = testLibrary.indexOfId(id)
        return view
    }

    // Waits for the lesson's runs to end and the chart to show their last batch: a chart
    // redraws at most 20 times a second, so its final redraw may come up to 50 ms later.
    function waitUntilDrawn(controller, chart) {
        tryVerify(() => !controller.running && chart.pointCount > 0, 10000)
        wait(2 * 50)
    }

    function lastY(series) {
        return series.at(series.count - 1).y
    }

    function init() {
        Language.code = "ja"
        Warnings.failOnAny()
    }

    function test_library_lists_good_and_broken_lessons() {
        compare(testLibrary.rowCount(), 2)
        verify(testLibrary.indexOfId("quick") >= 0)
    }

    function test_learning_rate_restarts_the_run() {
        const view = openLesson("quick")
        const controller = view.controller
        const chart = findChild(view, "chart0")
        verify(chart)
        waitUntilDrawn(controller, chart)
        const before = lastY(chart.lines[0])
        const lrBefore = controller.controlValues[0]

        runningSpy.target = controller
        runningSpy.clear()
        const slider = findChild(view, "slider_optimizer.lr")
        verify(slider)
        slider.forceActiveFocus()
        keyClick(Qt.Key_Right)
        verify(controller.controlValues[0] > lrBefore)
        // The run restarts (running goes true, then false) and the chart fills again.
        tryVerify(() => runningSpy.count >= 2 && !controller.running, 10000)
        // The chart redraws at most 20 times a second: the new curve may come a frame later.
        tryVerify(() => chart.pointCount > 0 && lastY(chart.lines[0]) !== before, 5000)
        const updates = findChild(view, "chart1")
        tryVerify(() => updates.pointCount > 0, 5000)
        verify(updates.pointCount <= updates.width)
        // 200 samples, 160 of them train: batch 0 makes 1 update an epoch, batch 8 makes 20.
        const perEpoch = controller.updatesPerEpoch
        compare(perEpoch.length, 2)
        compare(perEpoch[0].samples, 160)
        compare(perEpoch[0].updates, 1)
        compare(perEpoch[1].updates, 20)
        verify(findChild(view, "updatesPerEpoch").text.indexOf("20") >= 0)
    }

    function test_linear_scale_redraws_the_same_curves() {
        const view = openLesson("quick")
        const chart = findChild(view, "chart0")
        waitUntilDrawn(view.controller, chart)
        const points = chart.pointCount
        verify(chart.logY)
        chart.logY = false
        tryCompare(chart, "pointCount", points, 5000)
        verify(chart.range.yMin < chart.range.yMax)
    }

    function test_language_switch_changes_visible_strings() {
        const view = openLesson("quick")
        const heading = findChild(view, "lessonsHeading")
        const title = findChild(view, "lessonTitle")
        compare(heading.text, "レッスン")
        compare(title.text, "1. 短いテスト")
        Language.code = "en"
        compare(heading.text, "Lessons")
        compare(title.text, "1. A quick test")
        Language.code = "ja"
        compare(heading.text, "レッスン")
    }

    function test_broken_lesson_shows_its_error() {
        const view = openLesson("quick")
        // Leave a lesson in the middle of a long run: its late results must go nowhere.
        verify(view.controller.setExperimentField("epochs", 1000000))
        tryVerify(() => view.controller.running && view.controller.currentEpoch > 25, 10000)
        view.lessonList.currentIndex = 1
        wait(100)
        verify(!view.controller.hasLesson)
        const error = findChild(view, "lessonError")
        verify(error.visible)
        verify(error.text.indexOf("lesson.json") >= 0, error.text)
        verify(error.text.indexOf("lr") >= 0, error.text)
        // The rest of the app still works: back to the good lesson.
        view.lessonList.currentIndex = 0
        verify(view.controller.hasLesson)
        tryVerify(() => findChild(view, "chart0").pointCount > 0, 10000)
    }

    function test_divergence_is_marked_and_never_reaches_an_axis() {
        const view = openLesson("quick")
        const controller = view.controller
        verify(controller.setExperimentField("optimizer.lr", 50))
        tryVerify(() => !controller.running && controller.outcomes.length === 2
                        && controller.outcomes[0].status === "diverged", 10000)
        const chart = findChild(view, "chart0")
        tryVerify(() => chart.markers.length === 2, 5000)
        compare(chart.markers[0].kind, "diverged")
        for (const bound of [chart.range.xMin, chart.range.xMax, chart.range.yMin, chart.range.yMax])
            verify(isFinite(bound), JSON.stringify(chart.range))
        const messages = findChild(view, "runMessages")
        verify(messages.text.indexOf("発散") >= 0, messages.text)
    }

    function test_escape_stops_a_run_and_ctrl_r_runs_again() {
        const view = openLesson("quick")
        const controller = view.controller
        verify(controller.setExperimentField("epochs", 1000000))
        // Past the lesson's own 20 epochs: the long run, not the one it replaces.
        tryVerify(() => controller.running && controller.currentEpoch > 25, 10000)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !controller.running, 10000)
        compare(controller.outcomes[0].status, "cancelled")
        verify(controller.setExperimentField("epochs", 5))
        tryVerify(() => !controller.running && controller.outcomes[1].status === "finished", 10000)
        // Five epochs of a small run may be over before the key event returns: that it
        // ran shows as running going on and off again.
        runningSpy.target = controller
        runningSpy.clear()
        keyClick(Qt.Key_R, Qt.ControlModifier)
        tryVerify(() => runningSpy.count >= 2 && !controller.running
                        && controller.outcomes[1].status === "finished", 10000)
    }

    function test_pytorch_code_for_the_current_experiment() {
        const view = openLesson("quick")
        const button = findChild(view, "showPyTorch")
        const dialog = findChild(view, "pytorchDialog")
        mouseClick(button)
        tryVerify(() => dialog.opened, 5000)
        verify(dialog.code.indexOf("import torch") >= 0, dialog.code)
        verify(dialog.code.indexOf("0.05") >= 0, dialog.code)
        dialog.close()
    }

    function test_language_and_lessons_switch_while_a_run_streams() {
        const view = openLesson("quick")
        const controller = view.controller
        verify(controller.setExperimentField("epochs", 1000000))
        tryVerify(() => controller.running && controller.currentEpoch > 25, 10000)
        const heading = findChild(view, "lessonsHeading")
        for (let i = 0; i < 10; ++i) {
            Language.code = i % 2 === 0 ? "en" : "ja"
            compare(heading.text, i % 2 === 0 ? "Lessons" : "レッスン")
            wait(10)
        }
        verify(controller.running) // the run streamed on through every switch
        const before = controller.currentEpoch
        tryVerify(() => controller.currentEpoch > before, 10000)
        // A learner clicking through the list: every lesson change abandons the run before.
        const quick = testLibrary.indexOfId("quick")
        for (let i = 0; i < 20; ++i) {
            view.lessonList.currentIndex = i % 2 === 0 ? 1 - quick : quick
            wait(i % 3)
        }
        view.lessonList.currentIndex = quick
        const chart = findChild(view, "chart0")
        tryVerify(() => chart.pointCount > 1, 10000)
        verify(!controller.running || controller.currentEpoch <= controller.currentEpochs)
    }

    function test_closing_the_window_mid_run() {
        const view = openLesson("quick")
        verify(view.controller.setExperimentField("epochs", 1000000))
        tryVerify(() => view.controller.running && view.controller.currentEpoch > 25, 10000)
        view.destroy()
        wait(50)
    }
}
