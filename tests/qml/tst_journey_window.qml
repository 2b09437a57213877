// The learner's journeys through the real window that are not one per lesson: moving a
// landscape's start, reset and undo of the knobs, zoom and projector mode. Any Qt warning
// fails the test (JourneyCase: Warnings.failOnAny).
import QtQuick
import QtTest
import Kobai

JourneyCase {
    name: "JourneyWindow"

    function test_moving_the_start_moves_the_code_and_the_charts() {
        const view = openView(1280, 800)
        view.lessonList.currentIndex = shipped.indexOfId("momentum")
        const scape = findChild(view, "landscape0")
        tryVerify(() => scape.landscape.ready, 20000)
        scape.landscape.start = Qt.point(5, -4)
        compare(view.controller.controlError, "")
        const code = view.controller.pytorchCode(0)
        verify(/tensor\(\[5(\.0)?, -4(\.0)?\]/.test(code), code.slice(code.indexOf("p = torch.tensor"), code.indexOf("p = torch.tensor") + 80))
        // The loss-per-step chart walks from the new start: its first loss is f(5, -4) = 5²/20 + 16.
        const chart = findChild(view, "chart0")
        tryVerify(() => chart.lines.length > 0 && chart.lines[0].count > 0
                        && Math.abs(chart.lines[0].at(0).y - 17.25) < 1e-9, 10000)
    }

    function test_reset_undo_and_knobs_kept_for_the_sitting() {
        const view = openView(1280, 800)
        const row = shipped.indexOfId("bgd-sgd-minibatch")
        view.lessonList.currentIndex = row
        const controller = view.controller
        const lr = controller.controlValues[0]
        const batch = controller.controlValues[1]
        moveKnobTo(view, 0, 1)
        moveKnobTo(view, 1, 0)
        verify(controller.controlValues[1] !== batch)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(controller.controlValues[1], batch)
        // Leave and come back: the knob is where it was left.
        view.lessonList.currentIndex = 0
        view.lessonList.currentIndex = row
        compare(controller.controlValues[0], 1)
        mouseClick(findChild(view, "resetButton"))
        compare(controller.controlValues[0], lr)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(controller.controlValues[0], 1)
    }

    function test_zoom_and_projector_mode() {
        const view = openView(1280, 800)
        view.lessonList.currentIndex = 0
        keyClick(Qt.Key_Plus, Qt.ControlModifier)
        keyClick(Qt.Key_Plus, Qt.ControlModifier)
        compare(Display.zoom, 1.2)
        for (let i = 0; i < 20; ++i)
            keyClick(Qt.Key_Plus, Qt.ControlModifier)
        compare(Display.zoom, 2.0)
        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(Display.zoom, 1.0)
        Display.zoom = 1.5
        wait(100) // layouts settle at the next polish
        // Everything still inside the window at 150 %.
        for (const item of interactiveItems(view, []))
            verify(reachable(view, item), item + " " + (item.text ?? "") + " at "
                   + JSON.stringify(item.mapToItem(view, 0, 0, item.width, item.height)) + " in " + view.width + "x" + view.height)
        mouseClick(findChild(view, "projectorButton"))
        verify(Display.projector)
        const chart = findChild(view, "chart0")
        tryVerify(() => chart.lines.length > 0 && Math.max(...chart.lines.map(s => s.width)) >= 4, 5000)
    }
}
