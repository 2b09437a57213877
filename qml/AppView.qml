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
    /// Whether a learner who has not seen the tour gets it (the window's choice; tests and
    /// headless runs leave it off).
    property bool tourEnabled: false
    readonly property alias tour: tour
    readonly property alias focusFrameItem: focusFrame
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
    Shortcut {
        sequences: [StandardKey.Undo]
        onActivated: controller.undoControl()
    }
    Shortcut {
        sequences: [StandardKey.ZoomIn, "Ctrl+="]
        onActivated: Display.zoomIn()
    }
    Shortcut {
        sequences: [StandardKey.ZoomOut]
        onActivated: Display.zoomOut()
    }
    Shortcut {
        sequence: "Ctrl+0"
        onActivated: Display.resetZoom()
    }

    Component.onCompleted: {
        const row = library.indexOfId(initialLessonId)
        lessonList.currentIndex = row >= 0 ? row : 0
        if (tourEnabled)
            tour.startIfNew()
    }

    // The whole view drawn at the learner's zoom: laid out for a window 1/zoom as large,
    // then scaled up, so every control grows alike and nothing leaves the window.
    Item {
        id: zoomed
        width: root.width / Display.zoom
        height: root.height / Display.zoom
        scale: Display.zoom
        transformOrigin: Item.TopLeft

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            // The row's full length is no minimum: a narrow window wraps the tool bar onto
            // a second row instead of pushing its last buttons past the edge.
            Layout.minimumWidth: 0
            Layout.preferredWidth: 0
            contentItem: Flow {
                id: toolFlow
                leftPadding: 12
                rightPadding: 12
                topPadding: 4
                bottomPadding: 4
                spacing: 10
                Label {
                    text: qsTr("Kōbai")
                    font.bold: true
                    font.pixelSize: 18
                    height: rerunButton.height
                    verticalAlignment: Text.AlignVCenter
                }
                Label {
                    text: qsTr("How neural networks learn")
                    opacity: 0.7
                    visible: toolFlow.width > 1100
                    height: rerunButton.height
                    verticalAlignment: Text.AlignVCenter
                }
                Button {
                    id: rerunButton
                    text: qsTr("Rerun")
                    enabled: controller.hasLesson
                    onClicked: controller.rerun()
                    Accessible.name: qsTr("Run the lesson's experiments again (Ctrl+R)")
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.text: Accessible.name
                }
                Button {
                    objectName: "stopButton"
                    text: qsTr("Stop")
                    enabled: controller.running
                    onClicked: controller.stop()
                    Accessible.name: qsTr("Stop the run (Esc)")
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.text: Accessible.name
                }
                Button {
                    objectName: "resetButton"
                    text: qsTr("Reset")
                    enabled: controller.hasLesson && controller.controls.length > 0
                    onClicked: controller.resetControls()
                    Accessible.name: qsTr("Set every control back to the lesson's defaults (Ctrl+Z undoes one change)")
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.text: Accessible.name
                }
                Button {
                    id: practiceButton
                    objectName: "practiceButton"
                    text: qsTr("Exam practice")
                    onClicked: practiceDialog.open()
                    Accessible.name: qsTr("Practise questions from every lesson, review, mock exam")
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.text: Accessible.name
                }
                Button {
                    objectName: "glossaryButton"
                    text: qsTr("Glossary")
                    onClicked: glossaryDialog.open()
                    Accessible.name: qsTr("Open the glossary (用語集)")
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.text: Accessible.name
                }
                Button {
                    objectName: "projectorButton"
                    text: qsTr("Projector")
                    checkable: true
                    checked: Display.projector
                    onToggled: Display.projector = checked
                    Accessible.name: qsTr("Projector mode: thicker lines, stronger contrast (zoom with Ctrl+plus / Ctrl+minus, Ctrl+0 resets; now %1 %)")
                        .arg(Math.round(Display.zoom * 100))
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.text: Accessible.name
                }
                ComboBox {
                    id: languageBox
                    objectName: "languageBox"
                    model: [{code: "ja", name: "日本語"}, {code: "en", name: "English"}]
                    textRole: "name"
                    valueRole: "code"
                    currentIndex: Language.code === "en" ? 1 : 0
                    onActivated: Language.code = currentValue
                    Accessible.name: qsTr("Language")
                    width: 120
                    ToolTip.visible: hovered || visualFocus
                    ToolTip.text: qsTr("Language of the whole app (日本語 / English); takes effect at once")
                }
                Row {
                    visible: controller.running
                    spacing: 8
                    height: rerunButton.height
                    ProgressBar {
                        id: progress
                        from: 0
                        to: Math.max(1, controller.currentEpochs)
                        value: controller.currentEpoch
                        width: 120
                        anchors.verticalCenter: parent.verticalCenter
                        Accessible.name: progressLabel.text
                    }
                    Label {
                        id: progressLabel
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("run %1/%2 · epoch %3 / %4").arg(controller.currentRun + 1)
                            .arg(controller.experiments.length).arg(controller.currentEpoch).arg(controller.currentEpochs)
                    }
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
                SplitView.preferredWidth: Math.min(250, zoomed.width * 0.2)
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
                        ScrollBar.vertical: ScrollBar {}
                        delegate: ItemDelegate {
                            id: entry
                            required property int index
                            required property int order
                            required property var title
                            required property string error
                            required property bool done
                            width: ListView.view.width
                            highlighted: ListView.isCurrentItem
                            text: (error !== "" ? "⚠ " : "") + order + ". " + title[Language.code]
                            Accessible.name: text + (done ? " " + qsTr("(done)") : "")
                            onClicked: {
                                lessonList.currentIndex = index
                                lessonList.forceActiveFocus()
                            }
                            // The number hangs to the left of a wrapped title; the done mark
                            // keeps its own column at the right.
                            contentItem: RowLayout {
                                spacing: 6
                                Label {
                                    text: (entry.error !== "" ? "⚠ " : "") + entry.order + "."
                                    Layout.alignment: Qt.AlignTop
                                    Layout.preferredWidth: 26
                                    horizontalAlignment: Text.AlignRight
                                    color: entry.error !== "" ? "#D55E00"
                                           : entry.highlighted ? palette.highlightedText : palette.text
                                    font.bold: entry.highlighted
                                }
                                Label {
                                    text: entry.title[Language.code]
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                    color: entry.error !== "" ? "#D55E00"
                                           : entry.highlighted ? palette.highlightedText : palette.text
                                    font.bold: entry.highlighted
                                }
                                Label {
                                    text: "✓"
                                    visible: entry.done
                                    Layout.alignment: Qt.AlignTop
                                    color: entry.highlighted ? palette.highlightedText : "#009E73"
                                    font.bold: true
                                }
                            }
                        }
                    }
                    Button {
                        text: qsTr("Add lesson folder…")
                        Layout.fillWidth: true
                        Layout.margins: 8
                        onClicked: folderDialog.open()
                        Accessible.name: qsTr("Add a folder of lessons (for teachers)")
                        ToolTip.visible: hovered || visualFocus
                        ToolTip.text: Accessible.name
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
                id: lessonPage
                objectName: "lessonPage"
                SplitView.fillWidth: true
                controller: controller
                library: root.library
                onGlossaryTermRequested: termId => glossaryDialog.openTerm(termId)
            }
        }
    }
    }

    FirstTour {
        id: tour
        objectName: "tour"
        parent: Overlay.overlay
        targets: [lessonList, lessonPage.textColumn, lessonPage.workColumn, practiceButton]
    }

    // In the overlay, so the ring shows over dialogs too.
    FocusFrame {
        id: focusFrame
        objectName: "focusFrame"
        parent: Overlay.overlay
        anchors.fill: parent
    }

    PracticeDialog {
        id: practiceDialog
        objectName: "practiceDialog"
        anchors.centerIn: Overlay.overlay
        scale: Display.zoom
        library: root.library
    }

    GlossaryDialog {
        id: glossaryDialog
        objectName: "glossaryDialog"
        anchors.centerIn: Overlay.overlay
        scale: Display.zoom
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a folder of lessons")
        onAccepted: root.library.addFolder(selectedFolder)
    }
}
