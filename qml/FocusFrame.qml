// One focus ring for the whole window: a 2 px frame (3 px in projector mode) around
// whatever has the keyboard's focus, drawn above everything, so every Tab stop shows
// where it is whatever the control's own style draws. A mouse click gives focus
// without a frame, as desktop apps do.
import QtQuick
import QtQuick.Controls
import Kobai

Item {
    id: frame

    readonly property Item target: Window.activeFocusItem
    /// The frame's width in pixels of the window.
    readonly property int thickness: Display.projector ? 3 : 2
    readonly property bool shown: target !== null && target !== Window.contentItem && target.visible
                                  && (target.focusReason === undefined
                                      || (target.focusReason !== Qt.MouseFocusReason
                                          && target.focusReason !== Qt.PopupFocusReason))
    /// The target's rectangle in this item's coordinates, refreshed while shown: scrolling
    /// and layouts move it without telling.
    property rect area: Qt.rect(0, 0, 0, 0)

    function follow() {
        if (!shown)
            return
        const r = target.mapToItem(frame, 0, 0, target.width, target.height)
        area = Qt.rect(r.x, r.y, r.width, r.height)
    }

    onTargetChanged: follow()
    onShownChanged: follow()
    Timer {
        interval: 50
        repeat: true
        running: frame.shown
        onTriggered: frame.follow()
    }

    z: 1000
    Rectangle {
        objectName: "focusRing"
        visible: frame.shown
        x: frame.area.x - frame.thickness
        y: frame.area.y - frame.thickness
        width: frame.area.width + 2 * frame.thickness
        height: frame.area.height + 2 * frame.thickness
        color: "transparent"
        border.width: frame.thickness
        border.color: "#0072B2"
        radius: 3
    }
}
