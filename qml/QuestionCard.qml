// One practice question, drawn by its kind: radio choices (single, read_curve, the
// latter under its live learning curve), check boxes (multiple), a number field
// (number), or the code listing with a drop-down at each blank (fill_code).
// Practice and review: "Check" scores it in C++ and records the answer; then right or
// wrong, the right answer (the right choices marked, the learner's wrong pick marked,
// the right value or code) and the explanation show. A mock exam has no Check: each
// change goes to edited() and stays open until the exam is handed in; then the same.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kobai

Frame {
    id: card

    required property var question
    required property int questionIndex
    required property QuestionSource questions
    /// "practice": Check, then the verdict and Try again (a lesson page, all questions);
    /// "review": Check, then the verdict and Next card, which drops it from the due list;
    /// "exam": no Check; the answer stays editable until `kept` carries the solution.
    property string mode: "practice"
    /// The exam's copy of this question's answer: {answered, chosen, typed} and, once
    /// handed in, {correct, saved, solution}; null outside an exam.
    property var kept: null

    /// Exam: the answer changed (read chosen and typedNumber; set numberRefused if it is no number).
    signal edited()
    /// Review: the learner is done with this card.
    signal nextCard()

    /// The chosen indices: one for single/read_curve, any for multiple, one per blank for fill_code.
    property var chosen: question.kind === "fill_code" ? (question.blankChoices ?? []).map(() => -1) : []
    readonly property alias typedNumber: numberField.text
    /// {answered, correct, saved, solution} after "Check"; empty before.
    property var result: ({})
    property bool numberRefused: false
    readonly property bool answered: result.answered === true
    property double shownAt: Date.now()

    /// What the verdict shows: Check's result, or the handed-in exam's; null while open.
    readonly property var outcome: mode === "exam" ? (kept && kept.solution ? kept : null) : (answered ? result : null)
    readonly property var solution: outcome ? outcome.solution : null
    readonly property bool locked: outcome !== null

    Component.onCompleted: {
        // The list builds exam cards asynchronously: one that completes (or is rebuilt) after
        // the learner answered in it takes the answer the session kept, not its empty default.
        if (mode === "exam" && kept) {
            if (kept.chosen.length > 0)
                chosen = kept.chosen
            numberField.text = kept.typed
        }
    }

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
        if (mode === "exam")
            edited()
    }

    function chooseBlank(blank, index) {
        const next = chosen.slice()
        next[blank] = index
        chosen = next
        if (mode === "exam")
            edited()
    }

    function check() {
        const outcome = questions.check(questionIndex, chosen, numberField.text, (Date.now() - shownAt) / 1000)
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
            // Once scored, the right choices are tinted and say so, and a wrong pick says it was
            // the learner's; the final choices keep the card's text colour, not the greyed one.
            delegate: Rectangle {
                id: choiceRow
                required property var modelData
                required property int index
                readonly property bool isRight: card.solution !== null && (card.solution.choices ?? []).includes(index)
                readonly property bool isWrongPick: card.solution !== null && !isRight && card.chosen.includes(index)
                objectName: "choiceRow" + index
                Layout.fillWidth: true
                implicitHeight: Math.max(choiceLoader.implicitHeight, mark.implicitHeight)
                radius: 3
                color: isRight ? "#D5EFE6" : isWrongPick ? "#FBE1D2" : "transparent"
                RowLayout {
                    anchors.fill: parent
                    spacing: 6
                    Loader {
                        id: choiceLoader
                        Layout.fillWidth: true
                        sourceComponent: card.question.kind === "multiple" ? checkChoice : radioChoice
                    }
                    Label {
                        id: mark
                        objectName: "mark"
                        visible: choiceRow.isRight || choiceRow.isWrongPick
                        Layout.rightMargin: 6
                        font.bold: true
                        color: choiceRow.isRight ? "#006B4F" : "#A64300"
                        text: choiceRow.isRight ? qsTr("✓ right answer") : qsTr("✗ your answer")
                    }
                }
                Component {
                    id: radioChoice
                    RadioButton {
                        objectName: "choice" + choiceRow.index
                        text: choiceRow.modelData[Language.code]
                        checked: card.chosen.includes(choiceRow.index)
                        enabled: !card.locked
                        ButtonGroup.group: singleGroup
                        onToggled: card.choose(choiceRow.index, checked)
                        contentItem: Label { text: parent.text; wrapMode: Text.Wrap; leftPadding: parent.indicator.width + parent.spacing; color: card.palette.windowText }
                    }
                }
                Component {
                    id: checkChoice
                    CheckBox {
                        objectName: "choice" + choiceRow.index
                        text: choiceRow.modelData[Language.code]
                        checked: card.chosen.includes(choiceRow.index)
                        enabled: !card.locked
                        onToggled: card.choose(choiceRow.index, checked)
                        contentItem: Label { text: parent.text; wrapMode: Text.Wrap; leftPadding: parent.indicator.width + parent.spacing; color: card.palette.windowText }
                    }
                }
            }
        }

        RowLayout {
            visible: card.question.kind === "number"
            spacing: 12
            TextField {
                id: numberField
                objectName: "numberField"
                enabled: !card.locked
                Layout.preferredWidth: 220
                placeholderText: qsTr("Your answer, e.g. 0.5 or 0,5")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onAccepted: if (card.mode !== "exam" && card.canCheck) card.check()
                onTextEdited: if (card.mode === "exam") card.edited()
                Accessible.name: qsTr("Answer (a number)")
            }
            Label {
                objectName: "rightValue"
                visible: card.solution !== null && card.solution.number !== undefined
                font.bold: true
                color: "#006B4F"
                text: !visible ? "" : card.solution.tolerance !== ""
                      ? qsTr("Right answer: %1 (± %2)").arg(card.solution.number).arg(card.solution.tolerance)
                      : qsTr("Right answer: %1").arg(card.solution.number)
            }
        }
        Label {
            objectName: "numberRefused"
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
                objectName: "codeScroll"
                anchors.fill: parent
                implicitWidth: 100
                implicitHeight: codeColumn.implicitHeight + (ScrollBar.horizontal.visible ? ScrollBar.horizontal.height : 0)
                contentWidth: codeColumn.implicitWidth
                clip: true
                // Always drawn when a line is wider than the card: a learner sees there is more.
                ScrollBar.horizontal.policy: codeColumn.implicitWidth > width ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                // The wheel over the code scrolls the page it sits in: neither the ScrollView
                // (a Control takes the wheel when wheelEnabled) nor its Flickable keeps it; the
                // bar scrolls the code sideways.
                wheelEnabled: false
                Component.onCompleted: contentItem.interactive = false
                Column {
                    id: codeColumn
                    spacing: 2
                    // Room for the focus frame around a blank on the first and last line.
                    topPadding: 3
                    bottomPadding: 3
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
                                            enabled: !card.locked
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
        Label {
            objectName: "rightCode"
            visible: card.solution !== null && card.solution.code !== undefined
            Layout.fillWidth: true
            font.bold: true
            color: "#006B4F"
            text: qsTr("Right code:")
        }
        Label {
            objectName: "rightCodeText"
            visible: card.solution !== null && card.solution.code !== undefined
            Layout.fillWidth: true
            font.family: "monospace"
            wrapMode: Text.WrapAnywhere
            text: visible ? card.solution.code : ""
        }

        RowLayout {
            Button {
                objectName: "checkButton"
                visible: card.mode !== "exam"
                text: qsTr("Check")
                enabled: !card.answered && card.canCheck
                onClicked: card.check()
                Accessible.name: qsTr("Check the answer")
            }
            Button {
                objectName: "tryAgain"
                visible: card.answered && card.mode === "practice"
                text: qsTr("Try again")
                onClicked: card.tryAgain()
            }
            Button {
                objectName: "nextCard"
                visible: card.answered && card.mode === "review"
                text: qsTr("Next card")
                onClicked: card.nextCard()
                Accessible.name: qsTr("Next card (this one leaves the due list)")
            }
            Label {
                objectName: "verdict"
                visible: card.outcome !== null
                font.bold: true
                color: !card.outcome || !card.outcome.answered ? palette.text
                       : card.outcome.correct ? "#009E73" : "#D55E00"
                text: !card.outcome ? "" : !card.outcome.answered ? qsTr("Not answered")
                      : card.outcome.correct ? qsTr("✓ Right") : qsTr("✗ Wrong")
            }
            Label {
                visible: card.outcome !== null && card.outcome.answered && !card.outcome.saved
                opacity: 0.7
                text: qsTr("(not saved)")
            }
        }

        Label {
            objectName: "explanation"
            visible: card.outcome !== null
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: card.question.explanation[Language.code]
        }
    }
}
