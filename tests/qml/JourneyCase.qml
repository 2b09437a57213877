// What the journeys through the real window share: the shipped lessons, the window
// (AppView) at a given size, its charts, and any Qt warning failing the test
// (Warnings.failOnAny). The journeys are tst_journey.qml and tst_journey_keyboard.qml.
import QtQuick
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
}
