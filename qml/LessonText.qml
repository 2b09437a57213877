// A lesson's Markdown as the learner reads it, every link a Tab stop. Qt Quick's text
// items let only the mouse reach a link (Qt 6.4), so each link gets a focusable stand-in
// over its words: the window's focus ring frames it, Enter or Space does what a click
// does (linkActivated), and the text scrolls to show it.
import QtQuick
import Kobai

TextEdit {
    id: lessonText

    /// The Markdown shown (`text` gives it back as Qt writes it, not as the lesson has it).
    property string markdown
    /// The links' Tab stops, in reading order.
    readonly property alias linkStops: stops

    /// Scrolls the nearest Flickable around this text so that `item` is in view.
    function showInView(item) {
        for (let p = parent; p; p = p.parent) {
            if (!(p instanceof Flickable))
                continue
            const r = item.mapToItem(p.contentItem, 0, 0, item.width, item.height)
            const margin = 24
            let y = p.contentY
            if (r.y - margin < y)
                y = r.y - margin
            else if (r.y + r.height + margin > y + p.height)
                y = r.y + r.height + margin - p.height
            p.contentY = Math.max(0, Math.min(y, p.contentHeight - p.height))
            return
        }
    }

    text: markdown
    textFormat: TextEdit.MarkdownText
    wrapMode: TextEdit.Wrap
    readOnly: true
    selectByMouse: false
    activeFocusOnPress: false
    color: palette.text

    Repeater {
        id: stops
        // Laid out again whenever the text, its width or its height changes.
        model: {
            void lessonText.contentHeight
            void lessonText.width
            return TextLinks.of(lessonText.textDocument)
        }
        Item {
            required property var modelData
            objectName: "linkStop"
            x: modelData.x
            y: modelData.y
            width: modelData.width
            height: modelData.height
            activeFocusOnTab: true
            Accessible.role: Accessible.Link
            Accessible.name: modelData.text
            Accessible.onPressAction: lessonText.linkActivated(modelData.href)
            Keys.onReturnPressed: lessonText.linkActivated(modelData.href)
            Keys.onEnterPressed: lessonText.linkActivated(modelData.href)
            Keys.onSpacePressed: lessonText.linkActivated(modelData.href)
            onActiveFocusChanged: if (activeFocus) lessonText.showInView(this)
        }
    }
}
