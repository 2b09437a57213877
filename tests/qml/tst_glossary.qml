// The glossary: a glossary: link in a lesson text opens its term; the search finds a
// term by its Japanese, its reading (in katakana too) and its English; see-also moves on.
// And the side-by-side reading of the same lesson text.
import QtQuick
import QtQuick.Controls
import QtTest
import Kobai
import KobaiTest

TestCase {
    id: testCase
    name: "Glossary"
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

    GlossaryModel {
        id: model
    }

    function init() {
        Language.code = "en"
        Warnings.failOnAny()
    }

    function test_lesson_link_opens_the_term() {
        const view = createTemporaryObject(viewComponent, testCase)
        view.lessonList.currentIndex = practiceLibrary.indexOfId("questions")
        const page = findChild(view, "lessonPage")
        verify(!view.glossary.opened)
        page.openLink("glossary:overfitting")
        tryVerify(() => view.glossary.opened)
        const heading = findChild(view.glossary.contentItem, "termHeading")
        verify(heading.text.startsWith("過学習"), heading.text)
        verify(heading.text.includes("overfitting") || heading.text.toLowerCase().includes("over-fitting"), heading.text)
        const definition = findChild(view.glossary.contentItem, "termDefinition")
        const english = definition.text
        verify(english.length > 10)
        Language.code = "ja"
        verify(definition.text !== english, "the definition follows the language")
        view.glossary.close()
    }

    function test_search_by_japanese_reading_and_english() {
        model.query = ""
        const all = model.rowCount()
        verify(all > 20)
        for (const query of ["過学習", "かがくしゅう", "カガクシュウ", "OVERFITTING", "ｏｖｅｒｆｉｔ"]) {
            model.query = query
            verify(model.rowOf("overfitting") >= 0, query)
            verify(model.rowCount() < all, query + " filters")
        }
        model.query = "no such term at all"
        compare(model.rowCount(), 0)
    }

    function test_see_also_names_existing_terms() {
        const term = model.term("overfitting")
        verify(term.seeAlso.length > 0)
        for (const other of term.seeAlso)
            compare(model.term(other.id).id, other.id)
        compare(Object.keys(model.term("no-such-id")).length, 0)
    }

    function test_side_by_side_pairs_the_paragraphs() {
        const view = createTemporaryObject(viewComponent, testCase)
        view.lessonList.currentIndex = practiceLibrary.indexOfId("questions")
        const toggle = findChild(view, "sideBySide")
        const paired = findChild(view, "pairedParagraphs")
        compare(paired.count, 0)
        toggle.toggle()
        compare(paired.count, 2) // the heading and the paragraph
        const row = paired.itemAt(1)
        compare(row.children[0].markdown, "このレッスンは[過学習](glossary:overfitting)の問題をテストします。")
        compare(row.children[1].markdown, "This lesson tests questions about [over-fitting](glossary:overfitting).")
        toggle.toggle()
        compare(paired.count, 0)
    }
}
