// Everything inside the window: the tool bar, the lesson list and the open lesson.
// A separate item from Main.qml so the tests can build it with their own library.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Kobai

Item {
    id: root

    required property LessonLibrary library
    /// The lesson to open first (by id); the first lesson when unknown.
    property string initialLessonId: ""
    readonly property string openedLessonId: controller.hasLesson ? controller.lesson.id : ""
    readonly property alias controller: controller
    readonly property alias lessonList: lessonList
    readonly property alias glossary: glossaryDialog
    readonly property alias practice: practiceDialog

    ExperimentController {
        id: controller
        library: root.library
    }

    // Done/not done is the learner's progress, whichever library the view shows.
    Binding {
        target: root.library
        property: "progress"
        value: Progress
    }

    Shortcut {
        sequence: "Ctrl+R"
        onActivated: controller.rerun()
    }
    Shortcut {
        sequence: "Esc"
        onActivated: controller.stop()
    }

    Component.onCompleted: {
        const row = library.indexOfId(initialLessonId)
        lessonList.currentIndex = row >= 0 ? row : 0
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                spacing: 10
                Label {
                    text: qsTr("Kōbai")
                    font.bold: true
                    font.pixelSize: 18
                }
                Label {
                    text: qsTr("How neural networks learn")
                    opacity: 0.7
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                ProgressBar {
                    id: progress
                    visible: controller.running
                    from: 0
                    to: Math.max(1, controller.currentEpochs)
                    value: controller.currentEpoch
                    Layout.preferredWidth: 140
                    Accessible.name: progressLabel.text
                }
                Label {
                    id: progressLabel
                    visible: controller.running
                    text: qsTr("run %1/%2 · epoch %3 / %4").arg(controller.currentRun + 1)
                        .arg(controller.experiments.length).arg(controller.currentEpoch).arg(controller.currentEpochs)
                }
                Button {
                    text: qsTr("Rerun")
                    enabled: controller.hasLesson
                    onClicked: controller.rerun()
                    Accessible.name: qsTr("Run the lesson's experiments again (Ctrl+R)")
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                }
                Button {
                    text: qsTr("Stop")
                    enabled: controller.running
                    onClicked: controller.stop()
                    Accessible.name: qsTr("Stop the run (Esc)")
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                }
                Button {
                    objectName: "practiceButton"
                    text: qsTr("Exam practice")
                    onClicked: practiceDialog.open()
                    Accessible.name: qsTr("Practise questions from every lesson, review, mock exam")
                }
                Button {
                    objectName: "glossaryButton"
                    text: qsTr("Glossary")
                    onClicked: glossaryDialog.open()
                    Accessible.name: qsTr("Open the glossary (用語集)")
                }
                ComboBox {
                    id: languageBox
                    model: [{code: "ja", name: "日本語"}, {code: "en", name: "English"}]
                    textRole: "name"
                    valueRole: "code"
                    currentIndex: Language.code === "en" ? 1 : 0
                    onActivated: Language.code = currentValue
                    Accessible.name: qsTr("Language")
                    Layout.preferredWidth: 120
                }
            }
        }

        ProgressNotice {
            Layout.fillWidth: true
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Pane {
                SplitView.preferredWidth: 250
                SplitView.minimumWidth: 180
                padding: 0
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
                    Label {
                        objectName: "lessonsHeading"
                        text: qsTr("Lessons")
                        font.bold: true
                        Layout.margins: 8
                    }
                    ListView {
                        id: lessonList
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: root.library
                        focus: true
                        keyNavigationEnabled: true
                        activeFocusOnTab: true
                        highlightMoveDuration: 0
                        Accessible.name: qsTr("Lessons")
                        Accessible.role: Accessible.List
                        onCurrentIndexChanged: controller.lessonIndex = currentIndex
                        highlight: Rectangle { color: palette.highlight; opacity: 0.25 }
                        delegate: ItemDelegate {
                            id: entry
                            required property int index
                            required property int order
                            required property var title
                            required property string error
                            required property bool done
                            width: ListView.view.width
                            text: (error !== "" ? "⚠ " : "") + order + ". " + title[Language.code]
                                  + (done ? "  ✓" : "")
                            Accessible.name: text + (done ? " " + qsTr("(done)") : "")
                            onClicked: {
                                lessonList.currentIndex = index
                                lessonList.forceActiveFocus()
                            }
                            contentItem: Label {
                                text: entry.text
                                wrapMode: Text.Wrap
                                color: entry.error !== "" ? "#D55E00" : palette.text
                            }
                        }
                    }
                    Button {
                        text: qsTr("Add lesson folder…")
                        Layout.fillWidth: true
                        Layout.margins: 8
                        onClicked: folderDialog.open()
                        Accessible.name: qsTr("Add a folder of lessons (for teachers)")
                    }
                    Label {
                        text: qsTr("Your progress")
                        font.bold: true
                        Layout.leftMargin: 8
                    }
                    ProgressBackup {
                        objectName: "progressBackup"
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        Layout.rightMargin: 8
                        Layout.bottomMargin: 8
                    }
                }
            }

            LessonPage {
                objectName: "lessonPage"
                SplitView.fillWidth: true
                controller: controller
                library: root.library
                onGlossaryTermRequested: termId => glossaryDialog.openTerm(termId)
            }
        }
    }

    PracticeDialog {
        id: practiceDialog
        objectName: "practiceDialog"
        anchors.centerIn: Overlay.overlay
        library: root.library
    }

    GlossaryDialog {
        id: glossaryDialog
        objectName: "glossaryDialog"
        anchors.centerIn: Overlay.overlay
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a folder of lessons")
        onAccepted: root.library.addFolder(selectedFolder)
    }
}
