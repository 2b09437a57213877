// Exam practice across every lesson: all questions (finished lessons first) filtered by
// lesson, syllabus item, kind and difficulty; the questions due for review, most
// overdue first; or a timed mock exam (20 questions, 24 minutes) scored by syllabus item.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kobai

Popup {
    id: dialog

    required property LessonLibrary library
    readonly property alias session: session

    modal: true
    width: parent ? parent.width - 60 : 1200
    height: parent ? parent.height - 60 : 760
    padding: 12

    onOpened: if (session.mode !== "exam") session.mode = modeBar.currentIndex === 1 ? "review" : "all"

    PracticeSession {
        id: session
        library: dialog.library
        progress: Progress
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
                TabButton { text: qsTr("All questions"); onClicked: session.mode = "all" }
                TabButton { text: qsTr("Due for review"); onClicked: session.mode = "review" }
                TabButton { text: qsTr("Mock exam") }
            }
            Button {
                text: qsTr("Close")
                onClicked: dialog.close()
            }
        }

        RowLayout {
            visible: modeBar.currentIndex < 2
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

        RowLayout {
            visible: modeBar.currentIndex === 2
            Layout.fillWidth: true
            spacing: 12
            Button {
                objectName: "startExam"
                text: qsTr("Start a mock exam (20 questions, 24 minutes)")
                enabled: !session.examRunning
                onClicked: session.startExam()
            }
            Label {
                objectName: "countdown"
                visible: session.examRunning
                font.bold: true
                font.pixelSize: 18
                color: session.secondsLeft < 120 ? "#D55E00" : palette.text
                text: qsTr("%1 left · %2 answered").arg(dialog.clock(session.secondsLeft)).arg(session.examAnswered)
            }
            Button {
                visible: session.examRunning
                text: qsTr("Hand in")
                onClicked: session.finishExam()
            }
            Item { Layout.fillWidth: true }
        }

        Frame {
            objectName: "examScore"
            visible: session.mode === "exam" && !session.examRunning
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                Label {
                    font.bold: true
                    text: qsTr("Score: %1 / %2").arg(session.examRight).arg(session.questions.length)
                }
                Repeater {
                    model: session.examScore
                    Label {
                        required property var modelData
                        text: modelData.name[Language.code] + ": " + modelData.right + " / " + modelData.asked
                    }
                }
            }
        }

        Label {
            visible: questionList.count === 0 && session.mode !== "exam"
            text: session.mode === "review" ? qsTr("Nothing is due for review now.") : qsTr("No question matches.")
            opacity: 0.7
        }

        ListView {
            id: questionList
            objectName: "practiceQuestions"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: modeBar.currentIndex < 2 || session.mode === "exam"
            clip: true
            spacing: 10
            model: session.questions
            ScrollBar.vertical: ScrollBar {}
            delegate: ColumnLayout {
                required property var modelData
                required property int index
                width: ListView.view.width - 16
                Label {
                    opacity: 0.7
                    text: modelData.lessonTitle[Language.code] + " · " + dialog.kindName(modelData.kind)
                          + " · " + "★".repeat(modelData.difficulty)
                }
                QuestionCard {
                    objectName: "practice" + index
                    Layout.fillWidth: true
                    question: modelData
                    questionIndex: index
                    questions: session
                    reveal: session.mode !== "exam" || !session.examRunning
                    answerable: session.mode !== "exam" || session.examRunning
                }
            }
        }
    }
}
