// Practice questions in the lesson page (data/practice): one of each kind answered,
// right or wrong shown with the explanation, the answer recorded in the progress store
// (a temporary folder, see tst_qml.cpp); the prompt follows the language; "done" persists.
import QtQuick
import QtQuick.Controls
import QtTest
import Kobai
import KobaiTest

TestCase {
    id: testCase
    name: "Questions"
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

    function openQuestions() {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(view)
        view.lessonList.currentIndex = practiceLibrary.indexOfId("questions")
        tryVerify(() => findChild(view, "question4") !== null)
        return view
    }

    function card(view, index) {
        const found = findChild(view, "question" + index)
        verify(found, "question " + index)
        return found
    }

    function verdict(question) {
        return findChild(question, "verdict")
    }

    function init() {
        Language.code = "en"
        Warnings.failOnAny()
    }

    function clickChoice(question, index) {
        const choice = findChild(question, "choice" + index)
        verify(choice, "choice " + index)
        choice.toggle()
        choice.toggled()
    }

    function check(question) {
        const button = findChild(question, "checkButton")
        verify(button.enabled, "Check is enabled")
        button.clicked()
    }

    function test_single_right_shows_explanation() {
        const question = card(openQuestions(), 0)
        const explanation = findChild(question, "explanation")
        verify(!explanation.visible)
        clickChoice(question, 0)
        check(question)
        verify(verdict(question).visible)
        compare(verdict(question).text, "✓ Right")
        verify(explanation.visible)
        compare(explanation.text, "Too large a step jumps across the valley.")
    }

    function test_multiple_needs_every_right_choice() {
        const question = card(openQuestions(), 1)
        clickChoice(question, 0)
        check(question)
        compare(verdict(question).text, "✗ Wrong")
        compare(findChild(question, "explanation").text, "Only the full batch updates once an epoch.")
        question.tryAgain()
        clickChoice(question, 2) // now 0 and 2
        check(question)
        compare(verdict(question).text, "✓ Right")
    }

    function test_number_reads_a_decimal_comma() {
        const question = card(openQuestions(), 2)
        const field = findChild(question, "numberField")
        field.text = "2,5"
        check(question)
        compare(verdict(question).text, "✓ Right")
        question.tryAgain()
        field.text = "3"
        check(question)
        compare(verdict(question).text, "✗ Wrong")
    }

    function test_fill_code_blanks() {
        const question = card(openQuestions(), 3)
        const first = findChild(question, "blank0")
        const second = findChild(question, "blank1")
        verify(first && second)
        compare(first.displayText, "____")
        question.chooseBlank(0, 0)
        question.chooseBlank(1, 0) // w: wrong
        check(question)
        compare(verdict(question).text, "✗ Wrong")
        question.tryAgain()
        question.chooseBlank(1, 1)
        compare(second.currentText, "g")
        check(question)
        compare(verdict(question).text, "✓ Right")
        compare(findChild(question, "explanation").text, "w ← w − η g.")
    }

    function test_read_curve_trains_its_experiment() {
        const question = card(openQuestions(), 4)
        const chart = findChild(question, "curveChart")
        verify(chart)
        tryVerify(() => chart.run.epochs >= 20 && !chart.run.running, 30000, "the curve's run finishes")
        verify(chart.series(0).count >= 20)
        verify(chart.series(0).at(chart.series(0).count - 1).y < chart.series(0).at(0).y, "the loss falls")
        clickChoice(question, 1)
        check(question)
        compare(verdict(question).text, "✗ Wrong")
        compare(findChild(question, "explanation").text, "The loss falls steadily.")
    }

    function mark(question, index) {
        const label = findChild(findChild(question, "choiceRow" + index), "mark")
        return label.visible ? label.text : ""
    }

    function test_wrong_answer_marks_the_right_choice() {
        const view = openQuestions()
        const single = card(view, 0)
        compare(mark(single, 0), "", "nothing marked before Check")
        clickChoice(single, 1)
        check(single)
        compare(verdict(single).text, "✗ Wrong")
        compare([mark(single, 0), mark(single, 1)], ["✓ right answer", "✗ your answer"])
        verify(findChild(single, "choiceRow0").color !== findChild(single, "choiceRow1").color)
        single.tryAgain()
        compare(mark(single, 0), "", "Try again clears the marks")

        const multiple = card(view, 1)
        clickChoice(multiple, 0)
        clickChoice(multiple, 1)
        check(multiple)
        compare([0, 1, 2].map(i => mark(multiple, i)), ["✓ right answer", "✗ your answer", "✓ right answer"])

        const number = card(view, 2)
        verify(!findChild(number, "rightValue").visible)
        findChild(number, "numberField").text = "3"
        check(number)
        compare(findChild(number, "rightValue").text, "Right answer: 2.5 (± 0.01)")

        const fill = card(view, 3)
        fill.chooseBlank(0, 1)
        fill.chooseBlank(1, 0)
        check(fill)
        compare(verdict(fill).text, "✗ Wrong")
        verify(findChild(fill, "rightCode").visible)
        compare(findChild(fill, "rightCodeText").text, "for w, g in zip(params, grads):\n    w -= lr * g")

        Language.code = "ja"
        compare(mark(single, 0), "")
        compare(mark(multiple, 0), "✓ 正しい選択肢")
        compare(findChild(number, "rightValue").text, "正解: 2.5（± 0.01）")
    }

    function test_answers_are_recorded() {
        const question = card(openQuestions(), 0)
        const before = Progress.answerCount
        clickChoice(question, 1)
        check(question)
        compare(question.result.saved, true)
        compare(Progress.answerCount, before + 1)
    }

    function test_language_switch_changes_the_prompt() {
        const question = card(openQuestions(), 0)
        const prompt = findChild(question, "prompt")
        compare(prompt.text, "1. What does too large a learning rate do?")
        Language.code = "ja"
        compare(prompt.text, "1. 学習率が大きすぎると？")
        compare(findChild(question, "checkButton").text, "答え合わせ")
    }

    function test_done_persists_in_progress() {
        const view = openQuestions()
        const box = findChild(view, "doneBox")
        box.toggle()
        box.toggled()
        verify(Progress.lessonsDone.includes("questions"))
        verify(practiceLibrary.isDone(practiceLibrary.indexOfId("questions")))
        box.toggle()
        box.toggled()
        verify(!Progress.lessonsDone.includes("questions"))
    }

    function test_progress_exports_and_imports() {
        const view = openQuestions()
        const question = card(view, 0)
        clickChoice(question, 0)
        check(question)
        const count = Progress.answerCount
        const backup = findChild(view, "progressBackup")
        const file = "file://" + Progress.path + ".export.json"
        backup.exportTo(file)
        compare(backup.failed, false, backup.message)
        verify(backup.message.includes(Progress.path + ".export.json"), backup.message) // says where
        backup.importFrom(file) // everything is there already: nothing doubles
        tryVerify(function() { return !Progress.importing }, 10000) // imports run on a worker
        compare(backup.failed, false, backup.message)
        compare(Progress.answerCount, count)
        backup.importFrom(Qt.resolvedUrl("data/practice/01-questions/lesson.json"))
        tryVerify(function() { return !Progress.importing }, 10000)
        verify(backup.failed)
        verify(backup.message.includes("kobai_progress"), backup.message)
    }
}
