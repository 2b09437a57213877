// One practice question, drawn by its kind: radio choices (single, read_curve, the
// latter under its live learning curve), check boxes (multiple), a number field
// (number), or the code listing with a drop-down at each blank (fill_code). "Check"
// scores it in C++ and records the answer; then right/wrong and the explanation show.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kobai

Frame {
    id: card

    required property var question
    required property int questionIndex
    required property QuestionSource questions
    /// Whether right/wrong and the explanation show after "Check" (not during a mock exam).
    property bool reveal: true
    /// False once a mock exam is handed in: what was not answered stays unanswered.
    property bool answerable: true

    /// The chosen indices: one for single/read_curve, any for multiple, one per blank for fill_code.
    property var chosen: question.kind === "fill_code" ? (question.blankChoices ?? []).map(() => -1) : []
    /// {answered, correct, saved} after "Check"; empty before.
    property var result: ({})
    property bool numberRefused: false
    readonly property bool answered: result.answered === true
    property double shownAt: Date.now()

    /// The listing as lines of pieces: {text} or {blank: i}.
    function codeLines() {
        const lines = [[]]
        const parts = question.codeParts ?? []
        for (let i = 0; i < parts.length; ++i) {
            const pieces = parts[i].split("\n")
            for (let j = 0; j < pieces.length; ++j) {
                if (j > 0)
                    lines.push([])
                if (pieces[j] !== "")
                    lines[lines.length - 1].push({text: pieces[j]})
            }
            if (i < parts.length - 1)
                lines[lines.length - 1].push({blank: i})
        }
        return lines
    }

    function choose(index, on) {
        if (question.kind === "multiple") {
            const set = chosen.filter(i => i !== index)
            if (on)
                set.push(index)
            chosen = set.sort((a, b) => a - b)
        } else {
            chosen = [index]
        }
    }

    function chooseBlank(blank, index) {
        const next = chosen.slice()
        next[blank] = index
        chosen = next
    }

    function check() {
        const seconds = (Date.now() - shownAt) / 1000
        const outcome = questions.check(questionIndex, chosen, numberField.text, seconds)
        numberRefused = outcome.answered !== true
        if (!numberRefused)
            result = outcome
    }

    function tryAgain() {
        result = {}
        shownAt = Date.now()
    }

    readonly property bool canCheck: question.kind === "number" ? numberField.text.trim() !== ""
                                   : question.kind === "fill_code" ? chosen.every(i => i >= 0)
                                   : chosen.length > 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            objectName: "prompt"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            text: (card.questionIndex + 1) + ". " + card.question.prompt[Language.code]
        }

        Loader {
            Layout.fillWidth: true
            Layout.preferredHeight: 240
            active: card.question.kind === "read_curve"
            visible: active
            sourceComponent: CurveChart {
                objectName: "curveChart"
                questions: card.questions
                questionIndex: card.questionIndex
            }
        }

        ButtonGroup { id: singleGroup }
        Repeater {
            model: card.question.kind === "fill_code" || card.question.kind === "number" ? [] : card.question.choices
            delegate: Loader {
                id: choiceLoader
                required property var modelData
                required property int index
                Layout.fillWidth: true
                sourceComponent: card.question.kind === "multiple" ? checkChoice : radioChoice
                Component {
                    id: radioChoice
                    RadioButton {
                        objectName: "choice" + choiceLoader.index
                        text: choiceLoader.modelData[Language.code]
                        enabled: !card.answered
                        ButtonGroup.group: singleGroup
                        onToggled: card.choose(choiceLoader.index, checked)
                        contentItem: Label { text: parent.text; wrapMode: Text.Wrap; leftPadding: parent.indicator.width + parent.spacing }
                    }
                }
                Component {
                    id: checkChoice
                    CheckBox {
                        objectName: "choice" + choiceLoader.index
                        text: choiceLoader.modelData[Language.code]
                        enabled: !card.answered
                        onToggled: card.choose(choiceLoader.index, checked)
                        contentItem: Label { text: parent.text; wrapMode: Text.Wrap; leftPadding: parent.indicator.width + parent.spacing }
                    }
                }
            }
        }

        TextField {
            id: numberField
            objectName: "numberField"
            visible: card.question.kind === "number"
            enabled: !card.answered
            Layout.preferredWidth: 220
            placeholderText: qsTr("Your answer, e.g. 0.5 or 0,5")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onAccepted: if (card.canCheck) card.check()
            Accessible.name: qsTr("Answer (a number)")
        }
        Label {
            visible: card.numberRefused
            color: "#D55E00"
            text: qsTr("That is not a number Kōbai can read; write it like 0.5, 0,5 or 1e-3.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Frame {
            visible: card.question.kind === "fill_code"
            Layout.fillWidth: true
            background: Rectangle { color: "#F4F4F4"; border.color: "#CCCCCC"; radius: 3 }
            // A long line scrolls sideways inside the card rather than running past its edge.
            ScrollView {
                id: codeScroll
                anchors.fill: parent
                implicitWidth: 100
                implicitHeight: codeColumn.implicitHeight + (ScrollBar.horizontal.visible ? ScrollBar.horizontal.height : 0)
                contentWidth: codeColumn.implicitWidth
                clip: true
                // Always drawn when a line is wider than the card: a learner sees there is more.
                ScrollBar.horizontal.policy: codeColumn.implicitWidth > width ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                Column {
                    id: codeColumn
                    spacing: 2
                    Repeater {
                        model: card.question.kind === "fill_code" ? card.codeLines() : []
                        delegate: Row {
                            required property var modelData
                            spacing: 0
                            Repeater {
                                model: parent.modelData
                                delegate: Loader {
                                    required property var modelData
                                    sourceComponent: modelData.blank === undefined ? codeText : blankBox
                                    Component {
                                        id: codeText
                                        Text {
                                            text: modelData.text
                                            font.family: "monospace"
                                            height: 28
                                            verticalAlignment: Text.AlignVCenter
                                        }
                                    }
                                    Component {
                                        id: blankBox
                                        ComboBox {
                                            objectName: "blank" + modelData.blank
                                            model: card.question.blankChoices[modelData.blank]
                                            currentIndex: card.chosen[modelData.blank]
                                            displayText: currentIndex < 0 ? "____" : currentText
                                            font.family: "monospace"
                                            enabled: !card.answered
                                            implicitWidth: Math.max(...model.map(s => s.length)) * 9 + 48
                                            height: 28
                                            onActivated: index => card.chooseBlank(modelData.blank, index)
                                            Accessible.name: qsTr("Blank %1").arg(modelData.blank + 1)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            Button {
                objectName: "checkButton"
                text: qsTr("Check")
                enabled: !card.answered && card.canCheck && card.answerable
                onClicked: card.check()
                Accessible.name: qsTr("Check the answer")
            }
            Button {
                visible: card.answered && card.reveal
                text: qsTr("Try again")
                onClicked: card.tryAgain()
            }
            Label {
                objectName: "verdict"
                visible: card.answered && card.reveal
                font.bold: true
                color: card.result.correct ? "#009E73" : "#D55E00"
                text: card.result.correct ? qsTr("✓ Right") : qsTr("✗ Wrong")
            }
            Label {
                visible: card.answered && !card.reveal
                text: qsTr("Answered")
                opacity: 0.7
            }
            Label {
                visible: card.answered && !card.result.saved
                opacity: 0.7
                text: qsTr("(not saved)")
            }
        }

        Label {
            objectName: "explanation"
            visible: card.answered && card.reveal
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: card.question.explanation[Language.code]
        }
    }
}
