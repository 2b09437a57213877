// Exam practice across every lesson: all questions (finished lessons first) filtered by
// lesson, syllabus item, kind and difficulty; the questions due for review, most
// overdue first (an answered one leaves with Next card; when none is due, when the
// next comes back); or a timed mock exam (20 questions, 24 minutes): no per-question
// check, answers open until Submit (which asks first when some are unanswered), then
// every question with its answer, the right answer and the explanation, and a score
// by syllabus item.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kobai

Popup {
    id: dialog

    required property LessonLibrary library
    readonly property alias session: session
    readonly property bool examTab: modeBar.currentIndex === 2
    /// Read once per change for all the cards.
    readonly property var examAnswers: session.examAnswers

    modal: true
    width: parent ? parent.width - 60 : 1200
    height: parent ? parent.height - 60 : 760
    padding: 12

    onOpened: if (session.mode !== "exam") session.mode = modeBar.currentIndex === 1 ? "review" : "all"

    PracticeSession {
        id: session
        library: dialog.library
        progress: Progress
        // The time ran out: handed in as it stands, with nothing left to confirm.
        onExamChanged: if (!examRunning) submitConfirmation.close()
    }

    function kindName(kind) {
        switch (kind) {
        case "single": return qsTr("one choice")
        case "multiple": return qsTr("several choices")
        case "number": return qsTr("number")
        case "fill_code": return qsTr("fill in the code")
        case "read_curve": return qsTr("read the curve")
        }
        return qsTr("all kinds")
    }

    function clock(seconds) {
        const s = Math.max(0, seconds)
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
    }

    /// A review date in the learner's language: "12月7日 14:20" / "7 Dec 14:20" (local time).
    function reviewDate(date) {
        //: The next review's date and time as a Qt date format; Japanese: M月d日 HH:mm
        return date.toLocaleString(Qt.locale(Language.code === "ja" ? "ja_JP" : "en_GB"), qsTr("d MMM HH:mm"))
    }

    function submit() {
        if (session.examUnanswered > 0)
            submitConfirmation.open()
        else
            session.finishExam()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Exam practice")
                font.bold: true
                font.pixelSize: 18
            }
            TabBar {
                id: modeBar
                objectName: "practiceModes"
                Layout.fillWidth: true
                // A running exam is not thrown away by a stray click on another tab.
                TabButton {
                    text: qsTr("All questions")
                    enabled: !session.examRunning
                    onClicked: session.mode = "all"
                }
                TabButton {
                    text: qsTr("Due for review")
                    enabled: !session.examRunning
                    onClicked: session.mode = "review"
                }
                TabButton {
                    text: qsTr("Mock exam")
                }
            }
            Button {
                text: qsTr("Close")
                onClicked: dialog.close()
            }
        }

        RowLayout {
            visible: !dialog.examTab
            Layout.fillWidth: true
            ComboBox {
                objectName: "lessonFilter"
                Layout.fillWidth: true
                model: [{id: "", text: qsTr("All lessons")}].concat(session.lessons.map(l => ({id: l.id, text: l.name[Language.code]})))
                textRole: "text"
                valueRole: "id"
                onActivated: session.lessonId = currentValue
                // The models are rebuilt when the filters or the language change; the
                // choice shown follows the filter itself, not the old row.
                currentIndex: Math.max(0, model.findIndex(item => item.id === session.lessonId))
                Accessible.name: qsTr("Lesson")
            }
            ComboBox {
                objectName: "syllabusFilter"
                Layout.fillWidth: true
                model: [{id: "", text: qsTr("All syllabus items")}].concat(session.syllabusItems.map(s => ({id: s.id, text: s.name[Language.code]})))
                textRole: "text"
                valueRole: "id"
                onActivated: session.syllabus = currentValue
                currentIndex: Math.max(0, model.findIndex(item => item.id === session.syllabus))
                Accessible.name: qsTr("Syllabus item")
            }
            ComboBox {
                objectName: "kindFilter"
                model: ["", "single", "multiple", "number", "fill_code", "read_curve"].map(k => ({id: k, text: dialog.kindName(k)}))
                textRole: "text"
                valueRole: "id"
                Layout.preferredWidth: 200
                onActivated: session.kind = currentValue
                currentIndex: Math.max(0, model.findIndex(item => item.id === session.kind))
                Accessible.name: qsTr("Kind of question")
            }
            ComboBox {
                objectName: "difficultyFilter"
                model: [{id: 0, text: qsTr("Any difficulty")}, {id: 1, text: qsTr("★ recall")},
                        {id: 2, text: qsTr("★★ apply")}, {id: 3, text: qsTr("★★★ calculate")}]
                textRole: "text"
                valueRole: "id"
                Layout.preferredWidth: 170
                onActivated: session.difficulty = currentValue
                currentIndex: Math.max(0, model.findIndex(item => item.id === session.difficulty))
                Accessible.name: qsTr("Difficulty")
            }
        }

        // The exam tab's header, right under the tabs: what the exam is, Start, and while
        // it runs the clock and Submit.
        Label {
            objectName: "examIntro"
            // Before an exam; the result needs the room.
            visible: dialog.examTab && session.mode !== "exam"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("20 questions from every lesson in 24 minutes, the pace of the E資格 exam. Answers stay open to change until you submit; then every question shows the right answer and the explanation, with a score by syllabus item.")
        }
        RowLayout {
            visible: dialog.examTab
            Layout.fillWidth: true
            spacing: 12
            Button {
                objectName: "startExam"
                visible: !session.examRunning
                text: session.mode === "exam" ? qsTr("Start a new mock exam") : qsTr("Start the mock exam")
                onClicked: session.startExam()
            }
            Label {
                objectName: "countdown"
                visible: session.examRunning
                font.bold: true
                font.pixelSize: 18
                color: session.secondsLeft < 120 ? "#D55E00" : palette.text
                text: qsTr("%1 left · %2 of %3 answered").arg(dialog.clock(session.secondsLeft))
                      .arg(session.examAnswered).arg(session.questions.length)
            }
            Button {
                objectName: "submitExam"
                visible: session.examRunning
                text: qsTr("Submit")
                onClicked: dialog.submit()
            }
            Item { Layout.fillWidth: true }
        }

        Frame {
            objectName: "examScore"
            visible: dialog.examTab && session.mode === "exam" && !session.examRunning
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                Label {
                    objectName: "examTotal"
                    font.bold: true
                    text: qsTr("Score: %1 / %2 (not answered: %3)").arg(session.examRight)
                          .arg(session.questions.length).arg(session.examUnanswered)
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 16
                    Repeater {
                        model: session.examScore
                        Label {
                            required property var modelData
                            text: modelData.name[Language.code] + ": " + modelData.right + " / " + modelData.asked
                        }
                    }
                }
            }
        }

        Label {
            objectName: "emptyList"
            visible: !dialog.examTab && questionList.count === 0
            text: session.mode === "review" ? qsTr("Nothing is due for review now.") : qsTr("No question matches.")
            opacity: 0.7
        }
        Label {
            objectName: "nextReview"
            visible: !dialog.examTab && session.mode === "review" && questionList.count === 0
                     && !isNaN(session.nextReview.getTime())
            text: visible ? qsTr("Next review: %1").arg(dialog.reviewDate(session.nextReview)) : ""
        }

        ListView {
            id: questionList
            objectName: "practiceQuestions"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: dialog.examTab === (session.mode === "exam")
            clip: true
            spacing: 10
            // An exam's 20 cards all exist, so Tab reaches every answer in order.
            cacheBuffer: session.mode === "exam" ? 100000 : 320
            model: session.questions
            ScrollBar.vertical: ScrollBar {}
            // A focus scope, so the card that takes the keyboard's focus can scroll into view.
            delegate: FocusScope {
                id: entry
                required property var modelData
                required property int index
                width: ListView.view.width - 16
                implicitHeight: entryColumn.implicitHeight
                onActiveFocusChanged: if (activeFocus) questionList.positionViewAtIndex(index, ListView.Contain)
                ColumnLayout {
                    id: entryColumn
                    width: parent.width
                    Label {
                        opacity: 0.7
                        text: entry.modelData.lessonTitle[Language.code] + " · " + dialog.kindName(entry.modelData.kind)
                              + " · " + "★".repeat(entry.modelData.difficulty)
                    }
                    QuestionCard {
                        objectName: "practice" + entry.index
                        Layout.fillWidth: true
                        question: entry.modelData
                        questionIndex: entry.index
                        questions: session
                        mode: session.mode === "exam" ? "exam" : session.mode === "review" ? "review" : "practice"
                        kept: session.mode === "exam" ? dialog.examAnswers[entry.index] ?? null : null
                        onEdited: numberRefused = !session.keepExamAnswer(entry.index, chosen, typedNumber,
                                                                           (Date.now() - shownAt) / 1000)
                        onNextCard: session.refresh()
                    }
                }
            }
        }
        // Keeps the exam tab's header at the top before an exam.
        Item {
            visible: !questionList.visible
            Layout.fillHeight: true
        }
    }

    Dialog {
        id: submitConfirmation
        objectName: "submitConfirmation"
        parent: dialog.contentItem
        anchors.centerIn: parent
        modal: true
        width: Math.min(520, dialog.availableWidth)
        title: qsTr("Submit the exam?")
        Label {
            objectName: "unansweredCount"
            width: submitConfirmation.availableWidth
            text: qsTr("%1 of %2 questions are not answered yet. Unanswered questions count as wrong.")
                  .arg(session.examUnanswered).arg(session.questions.length)
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            Button {
                id: goBackButton
                objectName: "goBack"
                text: qsTr("Go back")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "submitAnyway"
                text: qsTr("Submit anyway")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        // Going back is the safe choice: Enter or Space does not hand in by accident.
        onOpened: goBackButton.forceActiveFocus(Qt.TabFocusReason)
        onAccepted: session.finishExam()
    }
}
