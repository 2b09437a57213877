// The open lesson: its text, "try this" and questions on the left; its controls and
// charts on the right. A broken lesson shows its error instead.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kobai

Pane {
    id: page

    required property ExperimentController controller
    required property LessonLibrary library
    readonly property var lesson: controller.lesson
    readonly property alias questions: lessonQuestions
    readonly property alias textColumn: textScroll
    readonly property alias workColumn: workScroll

    /// A glossary: link in the lesson text asks for its term.
    signal glossaryTermRequested(string termId)

    // Runs with the same N and B share one entry, so six runs on one dataset read as one line.
    function updatesPerEpochGroups() {
        const entries = page.controller.updatesPerEpoch
        const groups = []
        for (const u of entries) {
            const same = groups.find(g => g.updates === u.updates && g.samples === u.samples && g.batch === u.batch)
            if (same)
                same.experiments.push(u.experiment)
            else
                groups.push({updates: u.updates, samples: u.samples, batch: u.batch, experiments: [u.experiment]})
        }
        for (const g of groups)
            g.everyRun = groups.length === 1 && g.experiments.length > 1
        return groups
    }

    /// A glossary link opens its term; any other link is shown first and opens in the
    /// browser only when the learner says so (a lesson folder may come from anyone).
    function openLink(link) {
        if (link.startsWith("glossary:")) {
            glossaryTermRequested(link.slice("glossary:".length))
        } else {
            externalLink.url = link
            externalLink.open()
        }
    }

    // A newly opened lesson starts at its top, not where the last one was left.
    Connections {
        target: page.controller
        function onLessonChanged() {
            textScroll.ScrollBar.vertical.position = 0
            workScroll.ScrollBar.vertical.position = 0
            workScroll.ScrollBar.horizontal.position = 0
        }
    }

    LessonQuestions {
        id: lessonQuestions
        library: page.library
        lessonIndex: page.controller.hasLesson ? page.controller.lessonIndex : -1
        progress: Progress
    }

    padding: 12

    ColumnLayout {
        anchors.fill: parent
        visible: !page.controller.hasLesson
        Label {
            text: page.controller.lessonError !== "" ? qsTr("This lesson cannot be opened") : qsTr("No lesson is open")
            font.bold: true
            font.pixelSize: 18
        }
        TextArea {
            objectName: "lessonError"
            Layout.fillWidth: true
            text: page.controller.lessonError
            visible: text !== ""
            readOnly: true
            wrapMode: Text.Wrap
            color: "#D55E00"
            Accessible.name: qsTr("Error")
        }
        Item { Layout.fillHeight: true }
    }

    ColumnLayout {
        anchors.fill: parent
        visible: page.controller.hasLesson
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "lessonTitle"
                text: page.lesson.title ? page.lesson.order + ". " + page.lesson.title[Language.code] : ""
                font.bold: true
                font.pixelSize: 20
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            CheckBox {
                objectName: "doneBox"
                text: qsTr("Done")
                checked: page.lesson.id !== undefined && Progress.lessonsDone.includes(page.lesson.id)
                onToggled: page.library.setDone(page.controller.lessonIndex, checked)
                Accessible.name: qsTr("Mark this lesson as done")
            }
            Label {
                text: qsTr("Code of:")
            }
            ComboBox {
                id: codeExperiment
                model: page.controller.experiments.map(e => e.label[Language.code])
                Layout.preferredWidth: 200
                Layout.minimumWidth: 120
                Accessible.name: qsTr("Experiment to show as PyTorch code")
                ToolTip.visible: hovered || visualFocus
                ToolTip.text: Accessible.name
            }
            Button {
                objectName: "showPyTorch"
                text: qsTr("Show as PyTorch code")
                onClicked: {
                    pytorch.code = page.controller.pytorchCode(codeExperiment.currentIndex)
                    pytorch.open()
                }
                Accessible.name: text
            }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ScrollView {
                id: textScroll
                // Narrower on a small window, so the experiment column keeps more of its width.
                SplitView.preferredWidth: sideBySide.checked ? 760 : Math.min(400, page.width * 0.38)
                SplitView.minimumWidth: 260
                contentWidth: availableWidth
                clip: true
                ColumnLayout {
                    width: textScroll.availableWidth
                    spacing: 12
                    Switch {
                        id: sideBySide
                        objectName: "sideBySide"
                        text: qsTr("Japanese and English side by side")
                        Accessible.name: text
                    }
                    LessonText {
                        objectName: "lessonText"
                        visible: !sideBySide.checked
                        Layout.fillWidth: true
                        Layout.rightMargin: 8
                        // Pictures come from the lesson's own folder (the checker allows no other).
                        baseUrl: page.lesson.folderUrl ?? ""
                        markdown: page.lesson.text ? page.lesson.text[Language.code] : ""
                        onLinkActivated: link => page.openLink(link)
                    }
                    BilingualText {
                        id: bilingual
                        ja: sideBySide.checked && page.lesson.text ? page.lesson.text.ja : ""
                        en: sideBySide.checked && page.lesson.text ? page.lesson.text.en : ""
                    }
                    Repeater {
                        objectName: "pairedParagraphs"
                        model: bilingual.pairs
                        RowLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            Layout.rightMargin: 8
                            spacing: 12
                            Repeater {
                                model: [modelData.ja, modelData.en]
                                LessonText {
                                    required property string modelData
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    Layout.alignment: Qt.AlignTop
                                    baseUrl: page.lesson.folderUrl ?? ""
                                    markdown: modelData
                                    onLinkActivated: link => page.openLink(link)
                                }
                            }
                        }
                    }
                    Label {
                        text: qsTr("Practice questions")
                        font.bold: true
                        font.pixelSize: 16
                        visible: lessonQuestions.questions.length > 0
                    }
                    Repeater {
                        model: lessonQuestions.questions
                        QuestionCard {
                            required property var modelData
                            required property int index
                            objectName: "question" + index
                            Layout.fillWidth: true
                            Layout.rightMargin: 8
                            question: modelData
                            questionIndex: index
                            questions: lessonQuestions
                        }
                    }
                }
            }

            ScrollView {
                id: workScroll
                SplitView.fillWidth: true
                SplitView.minimumWidth: 300
                clip: true
                // The scroll bars beside the content, not over it: under the vertical one the
                // charts' right edge (the x axis's last label) was hidden, or half shown.
                rightPadding: ScrollBar.vertical.width
                bottomPadding: ScrollBar.horizontal.visible ? ScrollBar.horizontal.height : 0
                // Never narrower than a landscape's map and play bar need: a narrow window
                // scrolls sideways instead of cutting them off.
                contentWidth: Math.max(availableWidth, 560)
                ColumnLayout {
                    width: Math.max(workScroll.availableWidth, 560)
                    spacing: 6
                    Frame {
                        objectName: "tryThis"
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        visible: page.lesson.tryThis !== undefined && page.lesson.tryThis[Language.code] !== ""
                        background: Rectangle { color: "#FFF4E0"; border.color: "#E69F00"; radius: 4 }
                        ColumnLayout {
                            anchors.fill: parent
                            Label { text: qsTr("Try this"); font.bold: true }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: page.lesson.tryThis ? page.lesson.tryThis[Language.code] : ""
                            }
                        }
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        columns: 2
                        columnSpacing: 12
                        rowSpacing: 2
                        Repeater {
                            model: page.controller.controls
                            LessonControl {
                                required property var modelData
                                required property int index
                                objectName: "control" + index
                                Layout.fillWidth: true
                                controller: page.controller
                                controlIndex: index
                                spec: modelData
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        visible: text !== ""
                        text: page.controller.controlError
                        color: "#D55E00"
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "updatesPerEpoch"
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        visible: page.controller.updatesPerEpoch.length > 1
                        wrapMode: Text.Wrap
                        text: qsTr("Updates per epoch, ⌈N/B⌉:") + " " + page.updatesPerEpochGroups()
                            .map(g => qsTr("%1 %2 (N = %3, B = %4)")
                                 .arg(g.everyRun ? qsTr("every training run")
                                                 : g.experiments.map(e => page.controller.experiments[e].label[Language.code])
                                                       .join(Language.code === "ja" ? "、" : ", "))
                                 .arg(g.updates).arg(g.samples)
                                 .arg(g.batch === 0 ? qsTr("all") : g.batch))
                            .join(" · ")
                    }
                    Label {
                        objectName: "runMessages"
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        visible: text !== ""
                        color: "#D55E00"
                        wrapMode: Text.Wrap
                        text: page.controller.outcomes
                            .map((o, i) => {
                                const label = page.controller.experiments[i].label[Language.code]
                                if (o.status === "failed")
                                    return o.message
                                if (o.status !== "diverged")
                                    return ""
                                return o.unit === "step" ? qsTr("%1: diverged at step %2").arg(label).arg(o.stopEpoch)
                                                         : qsTr("%1: diverged at epoch %2").arg(label).arg(o.stopEpoch)
                            })
                            .filter(m => m !== "").join("\n")
                    }
                    Repeater {
                        model: LessonLandscapes.titles(page.library, page.controller.lessonIndex)
                        LandscapeView {
                            required property int index
                            objectName: "landscape" + index
                            Layout.fillWidth: true
                            Layout.leftMargin: 8
                            Component.onCompleted: landscape.load(page.library, page.controller.lessonIndex, index)
                            // A lesson control (η, momentum …) redraws the paths it changes.
                            Connections {
                                target: page.controller
                                function onControlValuesChanged() { landscape.followControls(page.controller) }
                            }
                            // A moved start point moves into the lesson's experiments too, so
                            // their loss-per-step charts and PyTorch code start there as well.
                            Connections {
                                target: landscape
                                function onStartChanged() {
                                    page.controller.setExperimentField("start", [landscape.start.x, landscape.start.y],
                                                                       landscape.experimentNames)
                                }
                            }
                        }
                    }
                    // Long runs (the book's 100-trial search) start only when asked.
                    Repeater {
                        model: page.controller.experiments
                        Button {
                            required property var modelData
                            required property int index
                            objectName: "runOnDemand" + index
                            visible: modelData.onDemand
                            Layout.leftMargin: 8
                            text: qsTr("Run “%1”").arg(modelData.label[Language.code])
                            onClicked: page.controller.runOnDemand(index)
                        }
                    }
                    Repeater {
                        model: page.controller.searches.length
                        SearchView {
                            required property int index
                            objectName: "search" + index
                            Layout.fillWidth: true
                            Layout.leftMargin: 8
                            controller: page.controller
                            panel: index
                        }
                    }
                    Repeater {
                        model: page.controller.charts.length
                        LossChart {
                            required property int index
                            objectName: "chart" + index
                            Layout.fillWidth: true
                            Layout.preferredHeight: 330
                            controller: page.controller
                            chartIndex: index
                        }
                    }
                }
            }
        }
    }

    Dialog {
        id: externalLink
        objectName: "externalLink"
        property string url: ""
        title: qsTr("Open a web page?")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(560, page.width - 40)
        standardButtons: Dialog.Open | Dialog.Cancel
        onAccepted: Qt.openUrlExternally(url)
        // Sized from the dialog's own width, not its content's: no implicit-size loop.
        contentWidth: width - leftPadding - rightPadding
        Label {
            width: externalLink.contentWidth
            wrapMode: Text.WrapAnywhere
            text: qsTr("The lesson links to this address. Open it in your web browser?") + "\n\n" + externalLink.url
        }
    }

    PyTorchDialog {
        id: pytorch
        objectName: "pytorchDialog"
        anchors.centerIn: Overlay.overlay
    }
}
