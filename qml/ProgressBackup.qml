// Export the learner's progress as JSON (a backup, another machine, a teacher) and
// import such a file back; what an import adds never replaces what is already kept.
// An import runs on a worker thread: a bar shows how far it got, Cancel stops it
// (and keeps nothing of it), the window stays usable meanwhile.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Kobai

ColumnLayout {
    id: backup

    /// The outcome of the last export or import, for the learner (and the tests).
    property string message: ""
    property bool failed: false

    function exportTo(url) {
        const problem = Progress.exportTo(url)
        failed = problem !== ""
        // The learner is told where the file went, not only that it went somewhere.
        message = failed ? qsTr("Export failed: %1").arg(problem)
                         : qsTr("Progress exported to %1").arg(decodeURIComponent(url.toString().replace(/^file:\/\//, "")))
    }

    function importFrom(url) {
        const problem = Progress.importFrom(url)
        failed = problem !== ""
        message = failed ? qsTr("Import failed: %1").arg(problem) : qsTr("Importing…")
    }

    Connections {
        target: Progress
        function onImportFinished(problem) {
            backup.failed = problem !== ""
            backup.message = backup.failed ? qsTr("Import failed: %1").arg(problem) : qsTr("Progress imported.")
        }
    }

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        Button {
            text: qsTr("Export…")
            Layout.fillWidth: true
            onClicked: exportDialog.open()
            Accessible.name: qsTr("Export your progress as a JSON file")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
        Button {
            text: qsTr("Import…")
            Layout.fillWidth: true
            enabled: Progress.saving && !Progress.importing
            onClicked: importDialog.open()
            Accessible.name: qsTr("Import progress from a JSON file")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: Progress.importing
        ProgressBar {
            objectName: "importProgress"
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, Progress.importTotal)
            value: Progress.importDone
            indeterminate: Progress.importTotal === 0
            Accessible.name: qsTr("Answers imported: %1 of %2").arg(Progress.importDone).arg(Progress.importTotal)
        }
        Button {
            objectName: "cancelImport"
            text: qsTr("Cancel")
            onClicked: Progress.cancelImport()
            Accessible.name: qsTr("Cancel the import; nothing of it is kept")
        }
    }
    Label {
        objectName: "backupMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: backup.message
        wrapMode: Text.Wrap
        color: backup.failed ? "#D55E00" : palette.text
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export progress")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Kōbai progress (*.json)")]
        onAccepted: backup.exportTo(selectedFile)
    }
    FileDialog {
        id: importDialog
        title: qsTr("Import progress")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Kōbai progress (*.json)")]
        onAccepted: backup.importFrom(selectedFile)
    }
}
