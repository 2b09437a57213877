// The keyboard-focus frame: 2 px around its parent, drawn just outside its edge so it
// hides nothing, and only while `shown` (by default a Control's visualFocus, which is
// focus that came from the keyboard), so a mouse click draws no frame.
import QtQuick

Rectangle {
    property bool shown: parent ? parent.visualFocus === true : false

    objectName: "focusFrame"
    anchors.fill: parent
    anchors.margins: -3
    visible: shown
    z: 100
    radius: 3
    color: "transparent"
    border.width: 2
    border.color: "#0072B2" // Okabe–Ito blue: clear against the light page and both verdict tints
}
