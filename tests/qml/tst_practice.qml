// Exam practice: filters narrow the questions; the mock exam journey (Start at the top,
// answers open to change until Submit, a confirmation for unanswered questions, then
// every question with its right answer and explanation, scored by syllabus item); Tab
// reaches every answer with a visible focus frame; a wrong answer comes back for
// review, an answered review card leaves the due list, and when nothing is due the
// next review's time shows. tst_qml_practice runs this file again failing on any warning.
import QtQuick
import QtQuick.Controls
import QtTest
import Kobai
import KobaiTest

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

    /// The view the last openPractice() made, for its window-wide focus ring.
    property var lastView: null

    /// The keyboard focus ring is around `item`, 2 px or more, once it has followed it.
    /// The ring follows a moving item at its next refresh (50 ms), later on a slow (ASan) build.
    function verifyRingAround(item, what) {
        const frame = lastView.focusFrameItem
        const ring = findChild(frame, "focusRing")
        const around = () => {
            const r = item.mapToItem(frame, 0, 0, item.width, item.height)
            return ring.x <= r.x + 0.5 && ring.y <= r.y + 0.5 && ring.x + ring.width >= r.x + r.width - 0.5
                && ring.y + ring.height >= r.y + r.height - 0.5
        }
        tryVerify(() => ring.visible && ring.border.width >= 2, 2000, "a visible 2 px focus frame on " + what)
        tryVerify(around, 2000, "the frame around " + what)
    }

    function openPractice() {
        const view = createTemporaryObject(viewComponent, testCase)
        lastView = view
        view.practice.open()
        tryVerify(() => view.practice.opened)
        return view.practice
    }

    function init() {
        Language.code = "en"
        Warnings.failOnAny()
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

    function examCard(dialog, id) {
        const session = dialog.session
        const index = session.questions.findIndex(q => q.id === id)
        verify(index >= 0, id + " is in the exam")
        const list = findChild(dialog.contentItem, "practiceQuestions")
        list.positionViewAtIndex(index, ListView.Beginning)
        const card = findChild(list, "practice" + index)
        verify(card, "the card of " + id)
        return card
    }

    /// Clicks `item` once it and the layouts around it are in place: a card just created,
    /// or a button just shown, is positioned at the next polish, not at once.
    function click(item) {
        verify(item)
        tryVerify(() => {
            for (let up = item; up; up = up.parent)
                if (isPolishScheduled(up))
                    return false
            return true
        }, 2000, "laid out: " + item.objectName)
        mouseClick(item)
    }

    function clickChoice(card, index) {
        const choice = findChild(card, "choice" + index)
        verify(choice, "choice " + index)
        click(choice)
        return choice
    }

    function typeNumber(card, text) {
        const field = findChild(card, "numberField")
        field.forceActiveFocus()
        for (const c of text)
            keyClick(c)
        return field
    }

    function startExam(dialog) {
        findChild(dialog.contentItem, "practiceModes").currentIndex = 2
        const start = findChild(dialog.contentItem, "startExam")
        verify(start.visible)
        click(start)
        verify(dialog.session.examRunning)
    }

    function test_exam_tab_starts_at_the_top_with_nothing_from_review() {
        const dialog = openPractice()
        const modes = findChild(dialog.contentItem, "practiceModes")
        modes.currentIndex = 1
        dialog.session.mode = "review"
        dialog.session.kind = "no such kind" // nothing due, whatever other tests answered
        verify(findChild(dialog.contentItem, "emptyList").visible, "the review tab says nothing is due")
        modes.currentIndex = 2
        verify(!findChild(dialog.contentItem, "emptyList").visible, "\"nothing is due\" stays in the review tab")
        verify(!findChild(dialog.contentItem, "nextReview").visible)
        const start = findChild(dialog.contentItem, "startExam")
        const intro = findChild(dialog.contentItem, "examIntro")
        verify(intro.visible)
        tryVerify(() => intro.mapToItem(dialog.contentItem, 0, 0).y < start.mapToItem(dialog.contentItem, 0, 0).y,
                  1000, "the intro above Start, once laid out")
        const tabs = modes.mapToItem(dialog.contentItem, 0, 0)
        const at = start.mapToItem(dialog.contentItem, 0, 0)
        verify(at.y < tabs.y + modes.height + intro.height + 40, "Start right under the tabs, at y " + at.y)
        verify(at.x < 20, "Start at the left edge, at x " + at.x)
        // Tab from the tabs reaches Start, framed.
        modes.itemAt(2).forceActiveFocus(Qt.TabFocusReason)
        for (let step = 0; step < 6 && !start.activeFocus; ++step)
            keyClick(Qt.Key_Tab)
        verify(start.activeFocus, "Tab reaches Start")
        verifyRingAround(start, "Start")
    }

    function test_mock_exam_journey() {
        const dialog = openPractice()
        const session = dialog.session
        const recorded = Progress.answerCount
        startExam(dialog)
        compare(session.questions.length, 5) // the pool is smaller than 20
        verify(session.secondsLeft > 24 * 60 - 5 && session.secondsLeft <= 24 * 60)
        verify(findChild(dialog.contentItem, "submitExam").visible)

        const pickOne = examCard(dialog, "pick-one")
        verify(!findChild(pickOne, "checkButton").visible, "no per-question check in an exam")
        clickChoice(pickOne, 1) // wrong
        compare(session.examAnswered, 1)
        verify(!findChild(pickOne, "verdict").visible, "no verdict during the exam")
        const changed = clickChoice(pickOne, 0) // changed: right
        verify(changed.enabled, "the answer stays open to change")
        compare(session.examAnswered, 1)
        const count = examCard(dialog, "count")
        const field = typeNumber(count, "2.x")
        verify(findChild(count, "numberRefused").visible, "not a number: said at once")
        compare(session.examAnswered, 1, "and not counted as an answer")
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_Backspace)
        compare(field.text, "")
        typeNumber(count, "2.5")
        verify(!findChild(count, "numberRefused").visible)
        compare(session.examAnswered, 2)
        compare(session.examUnanswered, 3)
        compare(Progress.answerCount, recorded, "nothing recorded before Submit")

        // Submit with three unanswered: a confirmation; going back keeps everything.
        const confirmation = findChild(dialog, "submitConfirmation")
        click(findChild(dialog.contentItem, "submitExam"))
        tryVerify(() => confirmation.opened, 2000, "Submit with unanswered questions asks first")
        verify(findChild(confirmation.contentItem, "unansweredCount").text.startsWith("3 of 5 questions are not answered"))
        click(findChild(confirmation.footer, "goBack"))
        tryVerify(() => !confirmation.visible)
        verify(session.examRunning, "back in the exam")
        compare(session.examAnswered, 2)
        verify(findChild(examCard(dialog, "pick-one"), "choice0").checked, "the changed answer is kept")
        compare(findChild(examCard(dialog, "count"), "numberField").text, "2.5")

        click(findChild(dialog.contentItem, "submitExam"))
        tryVerify(() => confirmation.opened, 2000, "asked again")
        click(findChild(confirmation.footer, "submitAnyway"))
        tryVerify(() => !session.examRunning)
        tryVerify(() => !confirmation.visible)
        compare(session.examRight, 2)
        compare(session.examUnanswered, 3)
        compare(Progress.answerCount, recorded + 2, "the two answers recorded at Submit")
        verify(findChild(dialog.contentItem, "examScore").visible)
        compare(findChild(dialog.contentItem, "examTotal").text, "Score: 2 / 5 (not answered: 3)")
        const learningRate = session.examScore.find(s => s.syllabus === "learning-rate")
        compare(learningRate.right, 1)
        compare(learningRate.asked, 2)
        verify(learningRate.name.en.length > 0)

        // Every question, answered or not: the verdict, the right answer, the explanation.
        const verdicts = {"pick-one": "✓ Right", "count": "✓ Right", "pick-many": "Not answered",
                          "fill": "Not answered", "curve": "Not answered"}
        for (const question of session.questions) {
            const card = examCard(dialog, question.id)
            compare(findChild(card, "verdict").text, verdicts[question.id], question.id)
            verify(findChild(card, "explanation").visible, question.id + ": the explanation")
            compare(findChild(card, "explanation").text, question.explanation.en)
            if (question.kind === "number") {
                compare(findChild(card, "rightValue").text, "Right answer: 2.5 (± 0.01)")
            } else if (question.kind === "fill_code") {
                verify(findChild(card, "rightCodeText").visible)
                compare(findChild(card, "rightCodeText").text, "for w, g in zip(params, grads):\n    w -= lr * g")
            } else {
                const marked = question.choices.map((c, i) => findChild(findChild(card, "choiceRow" + i), "mark").visible)
                verify(marked.some(m => m), question.id + ": the right choice is marked")
            }
            verify(!findChild(card, "choice0") || !findChild(card, "choice0").enabled, question.id + ": final after Submit")
        }
        const handedIn = examCard(dialog, "pick-one")
        verify(findChild(handedIn, "choice0").checked, "the learner's answer shows")
        compare(findChild(findChild(handedIn, "choiceRow0"), "mark").text, "✓ right answer")
        verify(!findChild(findChild(handedIn, "choiceRow1"), "mark").visible)
        const many = examCard(dialog, "pick-many")
        compare([0, 1, 2].map(i => findChild(findChild(many, "choiceRow" + i), "mark").visible), [true, false, true])
        session.mode = "all"
    }

    function test_time_up_submits_without_confirmation() {
        const dialog = openPractice()
        const session = dialog.session
        findChild(dialog.contentItem, "practiceModes").currentIndex = 2
        session.startExam(7, 3) // a three-second exam
        const count = examCard(dialog, "count")
        typeNumber(count, "7")
        const recorded = Progress.answerCount
        const confirmation = findChild(dialog, "submitConfirmation")
        click(findChild(dialog.contentItem, "submitExam"))
        tryVerify(() => confirmation.opened, 2000, "the confirmation opens")
        tryVerify(() => !session.examRunning, 6000, "the time runs out")
        tryVerify(() => !confirmation.visible, 5000, "nothing left to confirm")
        compare(findChild(count, "verdict").text, "✗ Wrong")
        compare(Progress.answerCount, recorded + 1, "the answer recorded when the time ran out")
        session.mode = "all"
    }

    function test_tab_reaches_every_exam_answer_with_a_focus_frame() {
        const dialog = openPractice()
        const session = dialog.session
        startExam(dialog)
        const start = findChild(dialog.contentItem, "submitExam")
        start.forceActiveFocus(Qt.TabFocusReason)
        const window = start.Window.window
        const reached = new Set()
        const wanted = new Set(["submitExam"])
        const list = findChild(dialog.contentItem, "practiceQuestions")
        for (let i = 0; i < session.questions.length; ++i) {
            tryVerify(() => findChild(list, "practice" + i) !== null, 2000, "exam card " + i + " exists")
            const q = session.questions[i]
            if (q.kind === "number")
                wanted.add(i + ":numberField")
            else if (q.kind === "fill_code")
                q.blankChoices.forEach((b, k) => wanted.add(i + ":blank" + k))
            else
                q.choices.forEach((c, k) => wanted.add(i + ":choice" + k))
        }
        for (let step = 0; step < 60; ++step) {
            keyClick(Qt.Key_Tab)
            const item = window.activeFocusItem
            verify(item, "something has focus")
            // The focused control wears the window's focus ring, 2 px wide.
            verifyRingAround(item, item + " " + item.objectName)
            const control = item
            let card = control
            while (card && !String(card.objectName).startsWith("practice"))
                card = card.parent
            const index = card && card.objectName !== "practiceQuestions" && card.objectName !== "practiceModes"
                    ? card.objectName.slice("practice".length) + ":" : ""
            reached.add(index + control.objectName)
        }
        for (const name of wanted)
            verify(reached.has(name), "Tab reaches " + name + " (reached: " + [...reached].join(", ") + ")")
        session.mode = "all"
    }

    function test_tab_keeps_the_focused_answer_in_view() {
        const dialog = openPractice()
        dialog.session.mode = "all"
        const list = findChild(dialog.contentItem, "practiceQuestions")
        findChild(dialog.contentItem, "difficultyFilter").forceActiveFocus(Qt.TabFocusReason)
        const window = list.Window.window
        let scrolled = false
        for (let step = 0; step < 30; ++step) {
            keyClick(Qt.Key_Tab)
            const item = window.activeFocusItem
            let inList = item
            while (inList && inList !== list)
                inList = inList.parent
            if (!inList)
                continue
            waitForRendering(list)
            const at = item.mapToItem(list, 0, 0)
            verify(at.y >= -4 && at.y + item.height <= list.height + 4,
                   item.objectName + " in view at y " + at.y + " of " + list.height)
            scrolled = scrolled || list.contentY > 0
        }
        verify(scrolled, "the list scrolled to follow the focus")
    }

    function test_answered_review_card_leaves_and_next_review_shows() {
        const dialog = openPractice()
        const session = dialog.session
        session.mode = "all"
        session.kind = "single" // only pick-one: what other tests answered stays out
        compare(session.questions.map(q => q.id), ["pick-one"])
        session.check(0, [1], "", 2) // wrong: due again in ten minutes
        findChild(dialog.contentItem, "practiceModes").currentIndex = 1
        session.mode = "review"
        session.reviewTime = new Date(Date.now() + 11 * 60 * 1000)
        compare(session.questions.map(q => q.id), ["pick-one"])
        const list = findChild(dialog.contentItem, "practiceQuestions")
        const card = findChild(list, "practice0")
        verify(card)
        clickChoice(card, 0)
        click(findChild(card, "checkButton"))
        compare(findChild(card, "verdict").text, "✓ Right")
        verify(!findChild(card, "tryAgain").visible)
        const next = findChild(card, "nextCard")
        verify(next.visible)
        click(next)
        compare(session.questions.length, 0, "the answered card left the due list")
        tryCompare(list, "count", 0)
        verify(findChild(dialog.contentItem, "emptyList").visible)
        // Box 2 after a right answer: back tomorrow, and the dialog says when.
        const nextReview = findChild(dialog.contentItem, "nextReview")
        verify(nextReview.visible)
        const waits = (session.nextReview.getTime() - Date.now()) / 1000
        verify(Math.abs(waits - 86400) < 60, "due again in a day, not in " + waits + " s")
        compare(nextReview.text, "Next review: " + session.nextReview.toLocaleString(Qt.locale("en_GB"), "d MMM HH:mm"))
        Language.code = "ja"
        verify(/^次の復習: \d{1,2}月\d{1,2}日 \d\d:\d\d$/.test(nextReview.text), nextReview.text)
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
