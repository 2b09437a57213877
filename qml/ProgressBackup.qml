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
    readonly property alias exportDialog: exportDialog
    readonly property alias importDialog: importDialog
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

    /// The file dialogs' text fields listened to (each once), and what the learner typed
    /// into each since the dialog opened: {text, folder}.
    property var heardFields: []
    property var typed: []

    // Where there is no native file dialog (Qt's own QML one, as under Xvfb), Qt 6.4 takes
    // a name typed into its file-name field (or a path without its folder, Ctrl+L) on
    // Enter but never accepts it: the dialog stays open and nothing is saved. Enter there
    // does here what the dialog's accept button does with that name, in the folder shown.
    function listenForEnter(dialog, accept) {
        const fields = []
        let isFileDialog = false
        const collect = item => {
            for (let c = 0; c < item.children.length; ++c) {
                const child = item.children[c]
                isFileDialog = isFileDialog || child.objectName === "fileDialogListView"
                if (child instanceof TextField)
                    fields.push(child)
                else
                    collect(child)
            }
        }
        // The open file dialog is the one visible popup on the overlay with Qt's file list.
        const overlay = Overlay.overlay
        for (let c = 0; c < overlay.children.length && !isFileDialog; ++c) {
            fields.length = 0
            if (overlay.children[c].visible)
                collect(overlay.children[c])
        }
        if (!isFileDialog)
            return
        for (const field of fields.filter(f => !heardFields.includes(f))) {
            const i = heardFields.length
            heardFields.push(field)
            field.textEdited.connect(() => backup.typed[i] = {text: field.text, folder: dialog.currentFolder.toString()})
            // Qt's own handler runs first: it accepts a whole path to a file itself, and
            // moves to a folder (the folder shown changes then).
            field.accepted.connect(() => {
                const entry = backup.typed[i]
                if (dialog.visible && entry && entry.text !== "" && entry.folder === dialog.currentFolder.toString())
                    acceptTyped(dialog, entry.text, accept)
            })
        }
        typed = heardFields.map(() => null)
    }

    function acceptTyped(dialog, name, accept) {
        if (dialog.defaultSuffix !== "" && !/\.[^/.]+$/.test(name))
            name += "." + dialog.defaultSuffix
        const path = name.split("/").map(encodeURIComponent).join("/")
        const url = name.startsWith("/") ? "file://" + path : dialog.currentFolder.toString().replace(/\/$/, "") + "/" + path
        dialog.close()
        accept(url)
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
            objectName: "exportButton"
            text: qsTr("Export…")
            Layout.fillWidth: true
            onClicked: exportDialog.open()
            Accessible.name: qsTr("Export your progress as a JSON file")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
        Button {
            objectName: "importButton"
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
        // Qt 6.4's own dialog says "Open" in save mode too.
        acceptLabel: qsTr("Save")
        defaultSuffix: "json"
        nameFilters: [qsTr("Kōbai progress (*.json)")]
        onAccepted: backup.exportTo(selectedFile)
        onVisibleChanged: if (visible) backup.listenForEnter(exportDialog, url => backup.exportTo(url))
    }
    FileDialog {
        id: importDialog
        title: qsTr("Import progress")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Kōbai progress (*.json)")]
        onAccepted: backup.importFrom(selectedFile)
        onVisibleChanged: if (visible) backup.listenForEnter(importDialog, url => backup.importFrom(url))
    }
}
