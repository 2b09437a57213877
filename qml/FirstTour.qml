// The first-start tour: four short steps pointing at the lesson list, the text, the
// knobs and charts, and exam practice. Skippable at any step; once finished or skipped
// it is not shown again (remembered in the settings).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.settings
import Kobai

Popup {
    id: tour

    /// The items the steps point at, in order: lesson list, text, knobs and charts, practice.
    property var targets: []
    property int stepIndex: 0
    readonly property var steps: [
        {title: qsTr("Lessons"), text: qsTr("The lessons, in order. Pick one here; a tick marks the ones you have done. The arrow keys move through the list.")},
        {title: qsTr("Read"), text: qsTr("Each lesson explains one idea. Linked words open the glossary; the switch at the top shows Japanese and English side by side.")},
        {title: qsTr("Turn the knobs"), text: qsTr("Every knob reruns the lesson's real training at once and the charts redraw as it learns. Reset brings the lesson's values back; Ctrl+Z undoes one change.")},
        {title: qsTr("Practise"), text: qsTr("Exam-style questions close every lesson; Exam practice gathers them all, with review and a timed mock exam.")}
    ]
    readonly property Item target: targets[stepIndex] ?? null

    function finish() {
        remembered.done = true
        close()
    }

    Settings {
        id: remembered
        category: "tour"
        property bool done: false
    }

    function startIfNew() {
        if (!remembered.done)
            open()
    }

    // Beside the step's item where there is room, else over it.
    function place() {
        if (!target || !parent)
            return
        const r = target.mapToItem(parent, 0, 0, target.width, target.height)
        const right = r.x + r.width + 12
        x = right + width <= parent.width ? right : Math.max(0, Math.min(parent.width - width, r.x + 12))
        y = Math.max(0, Math.min(parent.height - height, r.y + 12))
    }
    onStepIndexChanged: place()
    onOpened: place()

    width: 340
    modal: false
    closePolicy: Popup.CloseOnEscape
    onClosed: remembered.done = true
    padding: 14
    background: Rectangle { color: "#FFF4E0"; border.color: "#E69F00"; border.width: 2; radius: 6 }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            objectName: "tourTitle"
            text: tour.steps[tour.stepIndex].title + "  (" + (tour.stepIndex + 1) + "/" + tour.steps.length + ")"
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: tour.steps[tour.stepIndex].text
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "tourSkip"
                text: qsTr("Skip the tour")
                onClicked: tour.finish()
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Back")
                enabled: tour.stepIndex > 0
                onClicked: tour.stepIndex -= 1
            }
            Button {
                objectName: "tourNext"
                text: tour.stepIndex + 1 < tour.steps.length ? qsTr("Next") : qsTr("Done")
                onClicked: tour.stepIndex + 1 < tour.steps.length ? tour.stepIndex += 1 : tour.finish()
            }
        }
    }
}
