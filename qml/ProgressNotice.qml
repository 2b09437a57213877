// A bar under the tool bar when opening the progress file had to do something the
// learner must know: an unreadable or newer file was kept aside (and where), nothing
// can be saved, or another Kōbai holds the progress folder (this window shows progress
// but saves nothing; "Try again" takes the folder over once the other has closed).
// Never shown when all is well.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kobai

Frame {
    id: bar

    visible: Progress.notice !== "" && !dismissed
    property bool dismissed: false

    background: Rectangle { color: "#FFF4E0"; border.color: "#D55E00" }

    RowLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            objectName: "progressNotice"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: {
                switch (Progress.notice) {
                case "damaged":
                    return qsTr("Your progress file could not be read. It was kept aside as %1 and a new one was started; nothing was deleted.").arg(Progress.keptAsideAs)
                case "newer":
                    return qsTr("Your progress file was written by a newer Kōbai. It was kept aside as %1 and a new one was started; open it with the newer Kōbai.").arg(Progress.keptAsideAs)
                case "cannotWrite":
                    return qsTr("Your progress cannot be saved in %1 (%2). Kōbai works, but nothing you do will be kept.").arg(Progress.path).arg(Progress.noticeDetail)
                case "inUse":
                    return qsTr("Another Kōbai is using this progress folder, so this window will not save your answers (%1). Close the other Kōbai, then press Try again.").arg(Progress.noticeDetail)
                }
                return ""
            }
        }
        Button {
            objectName: "retryProgress"
            visible: Progress.notice === "inUse"
            text: qsTr("Try again")
            onClicked: Progress.retry()
            Accessible.name: qsTr("Try again to save progress in this window")
        }
        Button {
            text: qsTr("OK")
            onClicked: bar.dismissed = true
            Accessible.name: qsTr("Close this message")
        }
    }
}
