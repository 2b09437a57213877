// Exam practice: filters narrow the questions; a mock exam hides right/wrong until it
// is handed in, then scores by syllabus item; a wrong answer comes back for review.
import QtQuick
import QtQuick.Controls
import QtTest
import Kobai

TestCase {
    id: testCase
    name: "Practice"
    when: windowShown
    visible: true
    width: 1280
    height: 900

    LessonLibrary {
        id: practiceLibrary
        builtIn: false
        Component.onCompleted: addFolder(Qt.resolvedUrl("data/practice"))
    }

    Component {
        id: viewComponent
        AppView {
            width: 1280
            height: 900
            library: practiceLibrary
        }
    }

    function openPractice() {
        const view = createTemporaryObject(viewComponent, testCase)
        view.practice.open()
        tryVerify(() => view.practice.opened)
        return view.practice
    }

    function init() {
        Language.code = "en"
    }

    function test_filters_narrow_the_questions() {
        const session = openPractice().session
        session.mode = "all"
        compare(session.questions.length, 5)
        session.kind = "number"
        compare(session.questions.length, 1)
        compare(session.questions[0].id, "count")
        session.kind = ""
        session.syllabus = "learning-rate"
        compare(session.questions.map(q => q.id), ["pick-one", "curve"])
        session.syllabus = ""
        session.difficulty = 2
        compare(session.questions.map(q => q.id), ["pick-many", "fill"])
        session.difficulty = 0
    }

    function test_mock_exam_scores_by_syllabus() {
        const dialog = openPractice()
        const session = dialog.session
        session.startExam(7)
        verify(session.examRunning)
        compare(session.questions.length, 5) // the pool is smaller than 20
        verify(session.secondsLeft > 24 * 60 - 5 && session.secondsLeft <= 24 * 60)
        const index = session.questions.findIndex(q => q.id === "pick-one")
        const list = findChild(dialog.contentItem, "practiceQuestions")
        list.positionViewAtIndex(index, ListView.Beginning)
        const card = findChild(list, "practice" + index)
        verify(card)
        card.choose(0, true)
        card.check()
        verify(card.answered)
        verify(!findChild(card, "verdict").visible, "no verdict during the exam")
        compare(session.examAnswered, 1)
        session.finishExam()
        verify(!session.examRunning)
        compare(session.examRight, 1)
        verify(findChild(card, "verdict").visible, "the verdict after handing in")
        const learningRate = session.examScore.find(s => s.syllabus === "learning-rate")
        compare(learningRate.right, 1)
        compare(learningRate.asked, 2)
        compare(learningRate.name.en.length > 0, true)
        session.mode = "all"
    }

    function test_wrong_answer_is_due_for_review() {
        const session = openPractice().session
        session.mode = "all"
        const index = session.questions.findIndex(q => q.id === "count")
        session.check(index, [], "999", 3)
        session.mode = "review"
        verify(!session.questions.some(q => q.id === "count"), "not due at once")
        session.reviewTime = new Date(Date.now() + 11 * 60 * 1000)
        verify(session.questions.some(q => q.id === "count"), "a wrong answer is due within the sitting")
        session.mode = "all"
    }
}
