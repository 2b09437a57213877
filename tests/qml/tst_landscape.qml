// The loss landscape: dragging the start point restarts every path from where the mouse
// let go; the scrubber and the single-step buttons move the step; a diverging path says
// at which step it left.
import QtQuick
import QtTest
import Kobai
import KobaiTest

TestCase {
    id: testCase
    name: "Landscape"
    when: windowShown
    visible: true
    width: 1100
    height: 900

    LessonLibrary {
        id: scapeLibrary
        builtIn: false
        Component.onCompleted: addFolder(Qt.resolvedUrl("data/landscapes"))
    }

    Component {
        id: viewComponent
        LandscapeView {
            width: 1100
        }
    }

    function init() {
        Warnings.failOnAny()
    }

    function openLandscape() {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(view)
        verify(view.landscape.load(scapeLibrary, scapeLibrary.indexOfId("scape"), 0))
        tryVerify(() => view.landscape.ready, 20000)
        return view
    }

    function test_dragging_the_start_restarts_every_path() {
        const view = openLandscape()
        const canvas = findChild(view, "landscapeCanvas")
        verify(canvas)
        // Mouse events land on whole pixels.
        const start = canvas.toPixel(Qt.point(-7, 2))
        const from = Qt.point(Math.round(start.x), Math.round(start.y))
        mouseDrag(canvas, from.x, from.y, 160, 90)
        const released = canvas.toFunction(Qt.point(from.x + 160, from.y + 90))
        fuzzyCompare(view.landscape.start.x, released.x, 1e-9)
        fuzzyCompare(view.landscape.start.y, released.y, 1e-9)
        verify(Math.abs(released.x + 7) > 1 && Math.abs(released.y - 2) > 1)
        tryVerify(() => view.landscape.ready, 20000)
        const paths = view.landscape.paths
        compare(paths.length, 4)
        for (let i = 0; i < paths.length; ++i) {
            const start = view.landscape.stepDetail(i, 0)
            fuzzyCompare(start.point[0], released.x, 1e-9)
            fuzzyCompare(start.point[1], released.y, 1e-9)
            const first = view.landscape.stepDetail(i, 1)
            fuzzyCompare(first.from[0], released.x, 1e-9)
            fuzzyCompare(first.from[1], released.y, 1e-9)
        }
    }

    function test_clicking_moves_the_start_too() {
        const view = openLandscape()
        const canvas = findChild(view, "landscapeCanvas")
        const target = canvas.toPixel(Qt.point(4, -3))
        mouseClick(canvas, target.x, target.y)
        fuzzyCompare(view.landscape.start.x, 4, 0.1)
        fuzzyCompare(view.landscape.start.y, -3, 0.1)
        tryVerify(() => view.landscape.ready, 20000)
        fuzzyCompare(view.landscape.stepDetail(2, 0).point[0], view.landscape.start.x, 1e-9)
    }

    function test_step_buttons_and_scrubber() {
        const view = openLandscape()
        compare(view.step, view.lastStep)
        const back = findChild(view, "stepBack")
        mouseClick(back)
        compare(view.step, view.lastStep - 1)
        const scrubber = findChild(view, "scrubber")
        mouseClick(scrubber, 2, scrubber.height / 2)
        verify(view.step < 3)
        mouseClick(findChild(view, "stepForward"))
        compare(view.step, Math.round(scrubber.value))
        compare(findChild(view, "landscapeCanvas").step, view.step)
    }

    SignalSpy {
        id: savedSpy
        signalName: "saved"
    }

    function test_map_saves_as_png() {
        const view = openLandscape()
        savedSpy.target = view
        savedSpy.clear()
        verify(view.saveImage("landscape-test.png"))
        savedSpy.wait(10000)
        compare(savedSpy.signalArguments[0][0], true)
    }

    function test_diverging_path_reports_its_step() {
        const view = openLandscape()
        const diverging = view.landscape.paths[3]
        verify(diverging.divergedAt > 0)
        verify(diverging.divergedAt < 200)
        compare(view.landscape.paths[0].divergedAt, -1)
        compare(diverging.steps, diverging.divergedAt - 1)
    }
}
