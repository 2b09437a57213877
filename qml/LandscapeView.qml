// One loss landscape: the contour map with up to six optimizer paths, the learner's
// start point (click or drag: every path restarts from it), play / pause / step /
// step back / speed and a scrubber over the steps, the loss of each path against step
// beside it, the step-through numbers of one update below, and PNG / CSV export.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Kobai

ColumnLayout {
    id: view

    /// Load with landscape.load(library, row, index) or give a model from outside.
    property LandscapeModel landscape: LandscapeModel {}
    property int step: 0
    readonly property int lastStep: landscape.maxStep
    property alias playing: player.running
    /// Steps per second while playing.
    property real speed: 5
    readonly property alias canvas: canvas

    spacing: 6

    /// Saves the map as the learner sees it (PNG); `saved(ok)` follows when it is written.
    signal saved(bool ok)
    function saveImage(url) {
        const path = url.toString().replace(/^file:\/\//, "")
        return canvas.grabToImage(result => view.saved(result.saveToFile(path)))
    }

    Connections {
        target: view.landscape
        // A new landscape opens on its whole paths; play starts them over.
        function onLandscapeChanged() { player.running = false; view.step = view.landscape.maxStep }
    }

    Timer {
        id: player
        interval: 1000 / view.speed
        repeat: true
        onTriggered: {
            if (view.step >= view.lastStep) {
                running = false
                return
            }
            view.step += 1
        }
    }

    Label {
        text: view.landscape.title[Language.code] ?? ""
        font.bold: true
        font.pixelSize: 16
        Layout.fillWidth: true
        elide: Text.ElideRight
    }

    // The loss chart sits beside the map when there is room, else under it.
    GridLayout {
        Layout.fillWidth: true
        columns: view.width > 900 ? 2 : 1
        columnSpacing: 8
        rowSpacing: 8

        LandscapeCanvas {
            id: canvas
            objectName: "landscapeCanvas"
            Layout.fillWidth: true
            // Near the function's own proportions, within a height that fits a page.
            Layout.preferredHeight: Math.max(300, Math.min(520, (width - 70) * view.landscape.aspect + 100))
            Layout.minimumWidth: 320
            model: view.landscape
            step: view.step
            language: Language.code
            Accessible.name: qsTr("Loss landscape: click or drag to move the start point")

            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.CrossCursor
                function moveStart(mouse) {
                    view.landscape.start = canvas.toFunction(Qt.point(mouse.x, mouse.y))
                }
                onPressed: mouse => moveStart(mouse)
                onPositionChanged: mouse => { if (pressed) moveStart(mouse) }
            }
        }

        StepLossPlot {
            objectName: "stepLossPlot"
            Layout.fillWidth: view.width <= 900
            Layout.preferredWidth: view.width > 900 ? Math.max(280, view.width * 0.3) : view.width
            Layout.preferredHeight: view.width > 900 ? canvas.height : 240
            model: view.landscape
            step: view.step
            language: Language.code
        }
    }

    // Transport: icons, with their words in tooltips and for screen readers.
    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        ToolButton {
            objectName: "stepBack"
            text: "|◀"
            enabled: view.step > 0
            onClicked: { player.running = false; view.step -= 1 }
            Accessible.name: qsTr("Step back")
            ToolTip.visible: hovered || visualFocus
            ToolTip.text: Accessible.name
        }
        ToolButton {
            objectName: "playPause"
            text: player.running ? "❚❚" : "▶"
            onClicked: {
                if (!player.running && view.step >= view.lastStep)
                    view.step = 0
                player.running = !player.running
            }
            Accessible.name: player.running ? qsTr("Pause") : qsTr("Play")
            ToolTip.visible: hovered || visualFocus
            ToolTip.text: Accessible.name
        }
        ToolButton {
            objectName: "stepForward"
            text: "▶|"
            enabled: view.step < view.lastStep
            onClicked: { player.running = false; view.step += 1 }
            Accessible.name: qsTr("Single step")
            ToolTip.visible: hovered || visualFocus
            ToolTip.text: Accessible.name
        }
        Slider {
            objectName: "scrubber"
            Layout.fillWidth: true
            Layout.minimumWidth: 100
            from: 0
            to: Math.max(1, view.lastStep)
            stepSize: 1
            snapMode: Slider.SnapAlways
            value: view.step
            onMoved: view.step = Math.round(value)
            Accessible.name: qsTr("Step")
            ToolTip.visible: hovered || visualFocus
            ToolTip.text: qsTr("Step %1 of %2: drag to go through the steps").arg(view.step).arg(view.lastStep)
        }
        Label { text: qsTr("step %1 / %2").arg(view.step).arg(view.lastStep) }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 6
        Label {
            text: qsTr("Speed")
            height: speedBox.height
            verticalAlignment: Text.AlignVCenter
        }
        ComboBox {
            id: speedBox
            model: [1, 2, 5, 10, 30]
            currentIndex: 2
            displayText: qsTr("%1 steps/s").arg(currentValue)
            onActivated: view.speed = currentValue
            width: 120
            Accessible.name: qsTr("Speed")
            ToolTip.visible: hovered || visualFocus
            ToolTip.text: qsTr("Steps per second while playing")
        }
        Button {
            text: qsTr("Save image…")
            onClicked: pngDialog.open()
            Accessible.name: qsTr("Save the landscape as a PNG image")
            ToolTip.visible: hovered || visualFocus
            ToolTip.text: Accessible.name
        }
        Button {
            text: qsTr("Save paths…")
            onClicked: csvDialog.open()
            Accessible.name: qsTr("Save the paths as CSV")
            ToolTip.visible: hovered || visualFocus
            ToolTip.text: Accessible.name
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        opacity: 0.75
        text: qsTr("Click or drag on the map to move the start point; every path restarts from it.")
    }

    StepThroughPanel {
        objectName: "stepThrough"
        Layout.fillWidth: true
        landscape: view.landscape
        step: view.step
    }

    FileDialog {
        id: pngDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PNG images (*.png)")]
        defaultSuffix: "png"
        onAccepted: view.saveImage(selectedFile)
    }

    FileDialog {
        id: csvDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        defaultSuffix: "csv"
        onAccepted: view.landscape.exportCsv(selectedFile)
    }
}
