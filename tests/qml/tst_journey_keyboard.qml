// The learner's journeys through the real window by keyboard: Tab through everything
// with a visible focus frame, onto every link of a lesson text, Enter in the file
// dialog; a new lesson opening at its top, the wheel over code, a web link shown before
// it opens. Any Qt warning fails the test (JourneyCase: Warnings.failOnAny).
import QtQuick
import QtQuick.Controls
import QtTest
import Kobai

JourneyCase {
    id: testCase
    name: "JourneyKeyboard"

    // The test lessons: "quick" links to a web page, which no shipped lesson does.
    LessonLibrary {
        id: testLessons
        builtIn: false
        Component.onCompleted: addFolder(Qt.resolvedUrl("data/lessons"))
    }

    Component {
        id: testLessonsView
        AppView {
            library: testLessons
        }
    }

    /// The window's focus ring is shown, ≥ 2 px, around `focused`.
    function checkRingAround(view, focused) {
        const ring = findChild(view.focusFrameItem, "focusRing")
        // The ring follows at its next refresh (50 ms), later on a slow (ASan) build.
        tryVerify(() => ring.visible, 2000, "no frame on " + focused + " " + (focused.text ?? ""))
        verify(ring.border.width >= 2)
        tryVerify(() => {
            const r = focused.mapToItem(view.focusFrameItem, 0, 0, focused.width, focused.height)
            return ring.x <= r.x + 0.5 && ring.y <= r.y + 0.5 && ring.x + ring.width >= r.x + r.width - 0.5
                && ring.y + ring.height >= r.y + r.height - 0.5
        }, 2000, "frame around " + focused)
    }

    /// Tab from the lesson list until every link stop of `text` has had the focus (in
    /// reading order, each framed, in view, over its own words); returns the stops.
    function tabThroughLinks(view, text) {
        const stops = []
        for (let i = 0; i < text.linkStops.count; ++i)
            stops.push(text.linkStops.itemAt(i))
        view.lessonList.forceActiveFocus(Qt.TabFocusReason)
        const column = findChild(view, "lessonPage").textColumn
        const reached = []
        for (let i = 0; i < 60 && reached.length < stops.length; ++i) {
            keyClick(Qt.Key_Tab)
            const focused = testCase.Window.activeFocusItem
            if (focused.objectName !== "linkStop")
                continue
            compare(focused, stops[reached.length], "link " + reached.length + " in reading order")
            reached.push(focused)
            checkRingAround(view, focused)
            // Over its own words: the text has this very link under the stop's middle.
            compare(text.linkAt(focused.x + focused.width / 2, focused.y + focused.height / 2), focused.modelData.href)
            const r = focused.mapToItem(column, 0, 0, focused.width, focused.height)
            verify(r.y >= 0 && r.y + r.height <= column.height, focused.modelData.text + " out of view at " + r.y)
        }
        compare(reached.length, stops.length, "links reached by Tab")
        return stops
    }

    function test_tab_stops_on_every_link_of_a_lesson_text() {
        const view = openView(1024, 768)
        view.lessonList.currentIndex = shipped.indexOfId("gradient-descent")
        wait(100)
        const text = findChild(view, "lessonText")
        // text.ja.md of lesson 1 has 9 glossary links, the last far below the first screen.
        compare(text.linkStops.count, 9)
        const stops = tabThroughLinks(view, text)
        compare(stops[0].modelData.href, "glossary:gradient-descent")
        compare(stops[0].modelData.text, "勾配降下法")
        // Enter on a link opens its glossary term, as a click does; Space as well.
        const glossary = view.glossary
        for (const key of [Qt.Key_Return, Qt.Key_Space]) {
            stops[8].forceActiveFocus(Qt.TabFocusReason)
            keyClick(key)
            tryVerify(() => glossary.opened, 2000)
            compare(glossary.currentId, "central-difference")
            glossary.close()
            tryVerify(() => !glossary.visible, 2000)
        }
        // The mouse still works on the words themselves.
        stops[0].forceActiveFocus(Qt.TabFocusReason)
        mouseClick(text, stops[0].x + stops[0].width / 2, stops[0].y + stops[0].height / 2)
        tryVerify(() => glossary.opened, 2000)
        compare(glossary.currentId, "gradient-descent")
    }

    function test_enter_on_a_web_link_asks_first() {
        testCase.width = 1024
        testCase.height = 768
        const view = createTemporaryObject(testLessonsView, testCase, {width: 1024, height: 768})
        for (const code of ["ja", "en"]) {
            Language.code = code
            view.lessonList.currentIndex = testLessons.indexOfId("quick")
            wait(100)
            const text = findChild(view, "lessonText")
            const stops = tabThroughLinks(view, text)
            compare(stops.length, 1)
            const dialog = findChild(view, "externalLink")
            keyClick(Qt.Key_Enter)
            tryVerify(() => dialog.opened, 2000)
            compare(dialog.url, "https://doc.qt.io/")
            dialog.reject()
            tryVerify(() => !dialog.visible, 2000)
        }
    }

    /// The text field of Qt's own (non-native) file dialog that now has the focus or,
    /// with a name, the visible one of that name on the window's overlay.
    /// The first visible item in the window that `matches`.
    function findVisible(matches) {
        const walk = item => {
            for (let c = 0; c < item.children.length; ++c) {
                const child = item.children[c]
                if (child.visible && matches(child))
                    return child
                const found = walk(child)
                if (found)
                    return found
            }
            return null
        }
        return walk(testCase.Window.contentItem)
    }

    function dialogField(name) {
        return findVisible(item => item.objectName === name)
    }

    function test_a_typed_file_name_and_enter_export_and_import() {
        const view = openView(1024, 768)
        const backup = findChild(view, "progressBackup")
        // Next to the tests' own progress file, in their scratch data folder.
        const folder = Progress.path.slice(0, Progress.path.lastIndexOf("/"))
        backup.exportDialog.currentFolder = "file://" + folder
        mouseClick(findChild(view, "exportButton"))
        tryVerify(() => backup.exportDialog.visible, 2000)
        // The export dialog's button says Save (Qt 6.4's own says Open in save mode too).
        const save = qsTranslate("ProgressBackup", "Save")
        tryVerify(() => findVisible(item => item instanceof Button && item.text === save) !== null, 2000,
                  "no " + save + " button")
        let field = null
        tryVerify(() => (field = dialogField("fileNameTextField")) !== null, 2000, "no file-name field")
        field.forceActiveFocus(Qt.TabFocusReason)
        field.selectAll()
        for (const ch of "journey backup")
            keyClick(ch)
        keyClick(Qt.Key_Return)
        tryVerify(() => !backup.exportDialog.visible, 2000, "Enter left the dialog open")
        compare(backup.failed, false, backup.message)
        verify(backup.message.includes(folder + "/journey backup.json"), backup.message)
        // Import: the path field (Ctrl+L), the name alone, Enter.
        backup.importDialog.currentFolder = "file://" + folder
        mouseClick(findChild(view, "importButton"))
        tryVerify(() => backup.importDialog.visible, 2000)
        keyClick(Qt.Key_L, Qt.ControlModifier)
        field = testCase.Window.activeFocusItem
        verify(field instanceof TextField, "Ctrl+L gave the focus to " + field)
        for (const ch of "journey backup.json")
            keyClick(ch)
        keyClick(Qt.Key_Return)
        tryVerify(() => !backup.importDialog.visible, 2000, "Enter left the dialog open")
        tryVerify(() => !Progress.importing && backup.message === qsTranslate("ProgressBackup", "Progress imported."), 10000,
                  backup.message)
    }

    function test_tab_walks_everything_with_a_visible_frame() {
        const view = openView(1280, 800)
        view.lessonList.currentIndex = shipped.indexOfId("bgd-sgd-minibatch")
        wait(200)
        view.lessonList.forceActiveFocus(Qt.TabFocusReason)
        const seen = []
        let backToList = false
        for (let i = 0; i < 200 && !backToList; ++i) {
            keyClick(Qt.Key_Tab)
            const focused = testCase.Window.activeFocusItem
            verify(focused)
            if (isAncestor(view.lessonList, focused)) {
                backToList = true
                break
            }
            seen.push(focused)
            checkRingAround(view, focused)
        }
        verify(backToList, "Tab never came back to the lesson list after " + seen.length + " stops")
        for (let i = 0; i < view.controller.controls.length; ++i) {
            const control = findChild(view, "control" + i)
            verify(seen.some(s => isAncestor(control, s)), "control " + i + " never reached")
        }
        verify(seen.some(s => s.objectName === "scaleButton"), "no chart scale toggle reached")
        verify(seen.some(s => s.objectName === "practiceButton"))
        verify(seen.some(s => s.objectName === "languageBox"))
    }

    function test_a_new_lesson_opens_at_its_top() {
        const view = openView(1280, 800)
        view.lessonList.currentIndex = 0
        const page = findChild(view, "lessonPage")
        const text = page.textColumn
        text.ScrollBar.vertical.position = 0.5
        verify(text.ScrollBar.vertical.position > 0.4)
        view.lessonList.currentIndex = 1
        compare(text.ScrollBar.vertical.position, 0)
        compare(page.workColumn.ScrollBar.vertical.position, 0)
    }

    function test_the_wheel_over_code_scrolls_the_page() {
        const view = openView(1280, 800)
        const page = findChild(view, "lessonPage")
        for (let row = 0; row < shipped.rowCount(); ++row) {
            view.lessonList.currentIndex = row
            wait(100)
            const code = findAll(page.textColumn, "codeScroll").find(c => c.visible && c.height > 0)
            if (!code)
                continue
            // Bring the code into the middle of the text column, then turn the wheel over it.
            const text = page.textColumn
            const flick = text.contentItem
            const at = code.mapToItem(flick.contentItem, 0, 0)
            flick.contentY = Math.max(0, at.y - text.height / 2)
            wait(50)
            const before = flick.contentY
            mouseWheel(code, code.width / 2, code.height / 2, 0, -240)
            tryVerify(() => flick.contentY > before, 2000, "the page did not scroll under the wheel")
            return
        }
        fail("no shipped lesson has a fill-in-the-code question")
    }

    function test_a_web_link_is_shown_before_it_opens() {
        const view = openView(1280, 800)
        view.lessonList.currentIndex = 0
        const page = findChild(view, "lessonPage")
        const dialog = findChild(page, "externalLink")
        page.openLink("https://example.invalid/page")
        tryVerify(() => dialog.opened, 2000)
        compare(dialog.url, "https://example.invalid/page")
        dialog.reject() // nothing opens unless the learner says so
        tryVerify(() => !dialog.visible, 2000)
        let term = ""
        page.glossaryTermRequested.connect(id => term = id)
        page.openLink("glossary:learning-rate")
        compare(term, "learning-rate")
        verify(!dialog.visible)
    }
}
