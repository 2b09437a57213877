// How large and how plain the window draws, for a classroom wall: the zoom (Ctrl+plus,
// Ctrl+minus, Ctrl+0; 100–200 %) and projector mode (thicker lines and markers, black
// text), both remembered.
pragma Singleton
import QtQuick
import Qt.labs.settings

QtObject {
    id: display

    readonly property real minimumZoom: 1.0
    readonly property real maximumZoom: 2.0
    property real zoom: 1.0
    property bool projector: false
    /// Pen widths and text colour the charts use.
    readonly property real lineWidth: projector ? 4 : 2
    readonly property real thinLineWidth: projector ? 2 : 1
    readonly property color textColor: projector ? "black" : "#202020"

    function zoomIn() { zoom = Math.min(maximumZoom, Math.round((zoom + 0.1) * 10) / 10) }
    function zoomOut() { zoom = Math.max(minimumZoom, Math.round((zoom - 0.1) * 10) / 10) }
    function resetZoom() { zoom = 1.0 }

    readonly property Settings remembered: Settings {
        category: "display"
        property alias zoom: display.zoom
        property alias projector: display.projector
    }
}
