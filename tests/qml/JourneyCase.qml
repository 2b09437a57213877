// What the journeys through the real window share: the shipped lessons (as data rows, one
// per lesson), the window (AppView) at a given size, its charts, moving a knob as a learner
// does, and any Qt warning failing the test (Warnings.failOnAny). The journeys are
// tst_journey.qml, tst_journey_window.qml and tst_journey_keyboard.qml.
import QtQuick
import QtQuick.Controls
import QtTest
import Kobai
import KobaiTest

TestCase {
    id: journey
    when: windowShown
    visible: true
    width: 1280
    height: 800

    readonly property alias shipped: shippedLessons

    LessonLibrary {
        id: shippedLessons
    }

    Component {
        id: viewComponent
        AppView {
            library: shippedLessons
        }
    }

    function init() {
        Language.code = "ja"
        Display.zoom = 1.0
        Display.projector = false
        Warnings.failOnAny()
    }

    /// One data row per shipped lesson (tag: its id), or only KOBAI_JOURNEY_LESSON's; a
    /// lesson id that is not shipped gives a row whose test fails rather than no row.
    function lessonRows() {
        const only = TestRun.journeyLesson()
        const rows = []
        for (let row = 0; row < shipped.rowCount(); ++row) {
            const id = shipped.data(shipped.index(row, 0), LessonLibrary.IdRole)
            if (only === "" || only === id)
                rows.push({tag: id, row: row})
        }
        return rows.length > 0 ? rows : [{tag: only, row: -1}]
    }

    /// The window at w × h with the lesson of a lessonRows() row open.
    function openLesson(data, w, h) {
        verify(data.row >= 0, "no shipped lesson \"" + data.tag + "\"")
        const view = openView(w, h)
        view.lessonList.currentIndex = data.row
        verify(view.controller.hasLesson, data.tag)
        // A learner's first click comes after the page is drawn: a lesson with many
        // controls is not laid out yet when it opens (its columns still 0 wide).
        const page = findChild(view, "lessonPage")
        tryVerify(() => page.textColumn.width > 0 && page.workColumn.height > 100, 5000, data.tag + " laid out")
        return view
    }

    function openView(w, h) {
        journey.width = w
        journey.height = h
        const view = createTemporaryObject(viewComponent, journey, {width: w, height: h})
        verify(view)
        return view
    }

    function charts(view) {
        const found = []
        for (let i = 0; i < view.controller.charts.length; ++i)
            found.push(findChild(view, "chart" + i))
        return found
    }

    function isAncestor(ancestor, item) {
        for (let p = item; p; p = p.parent)
            if (p === ancestor)
                return true
        return false
    }

    function findAll(item, name) {
        const found = item.objectName === name ? [item] : []
        for (let c = 0; c < item.children.length; ++c)
            found.push(...findAll(item.children[c], name))
        if (item.contentItem && item.contentItem !== item && item.children.length === 0)
            found.push(...findAll(item.contentItem, name))
        return found
    }

    function controlEnds(spec) {
        return spec.values.length > 0 ? [spec.values[0], spec.values[spec.values.length - 1]] : [spec.min, spec.max]
    }

    // Drives each knob the way a learner does: Home and End on a slider, the first and the
    // last button of a choice.
    function moveKnobTo(view, index, end) {
        const spec = view.controller.controls[index]
        if (spec.values.length > 0) {
            const buttons = []
            const collect = item => {
                for (let c = 0; c < item.children.length; ++c) {
                    const child = item.children[c]
                    if (child instanceof Button && child.checkable)
                        buttons.push(child)
                    collect(child)
                }
            }
            collect(findChild(view, "control" + index))
            verify(buttons.length === spec.values.length, "buttons of control " + index)
            mouseClick(end === 0 ? buttons[0] : buttons[buttons.length - 1])
        } else {
            const slider = findChild(view, "control" + index).slider
            slider.forceActiveFocus(Qt.TabFocusReason)
            keyClick(end === 0 ? Qt.Key_Home : Qt.Key_End)
        }
        compare(view.controller.controlValues[index], controlEnds(spec)[end], "control " + index)
    }

    /// Whether `item` is inside the window, or inside a Flickable whose content holds it
    /// (so scrolling brings it into view).
    function reachable(view, item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p instanceof Flickable) {
                const r = item.mapToItem(p.contentItem, 0, 0, item.width, item.height)
                return r.x >= -1 && r.y >= -1 && r.x + r.width <= Math.max(p.contentWidth, p.width) + 1
                    && r.y + r.height <= Math.max(p.contentHeight, p.height) + 1
            }
        }
        const r = item.mapToItem(view, 0, 0, item.width, item.height)
        return r.x >= -1 && r.y >= -1 && r.x + r.width <= view.width + 1 && r.y + r.height <= view.height + 1
    }

    function interactiveItems(item, list) {
        // A QML list property is not iterable with for…of on Qt 6.4.
        for (let c = 0; c < item.children.length; ++c) {
            const child = item.children[c]
            if (!child.visible)
                continue
            if (child.activeFocusOnTab && child.width > 0 && child.height > 0)
                list.push(child)
            interactiveItems(child, list)
        }
        return list
    }
}
