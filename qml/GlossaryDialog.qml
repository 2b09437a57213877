// The glossary (用語集): search by Japanese term, reading or English (either language's
// definition too), a term's definition in the current language and its see-also
// terms. Opened from the tool bar, or on a term by a glossary: link in a lesson text.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kobai

Popup {
    id: dialog

    property string currentId: ""
    readonly property var current: glossary.term(currentId)
    readonly property alias model: glossary

    modal: true
    width: Math.min(920, parent ? parent.width - 80 : 920)
    height: Math.min(620, parent ? parent.height - 80 : 620)
    padding: 12

    function openTerm(id) {
        search.text = ""
        currentId = id
        open()
    }

    GlossaryModel {
        id: glossary
        query: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Glossary")
                font.bold: true
                font.pixelSize: 18
            }
            TextField {
                id: search
                objectName: "glossarySearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search: 過学習, かがくしゅう, overfitting…")
                Accessible.name: qsTr("Search the glossary")
            }
            Button {
                text: qsTr("Close")
                onClicked: dialog.close()
            }
        }

        Label {
            visible: glossary.error !== ""
            text: glossary.error
            color: "#D55E00"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            ListView {
                id: terms
                objectName: "glossaryTerms"
                Layout.preferredWidth: 300
                Layout.fillHeight: true
                clip: true
                model: glossary
                currentIndex: glossary.rowOf(dialog.currentId)
                highlightMoveDuration: 0
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    required property string termId
                    required property string ja
                    required property string en
                    width: ListView.view.width
                    highlighted: termId === dialog.currentId
                    text: Language.code === "en" ? en + " — " + ja : ja + " — " + en
                    onClicked: dialog.currentId = termId
                }
                Label {
                    anchors.centerIn: parent
                    visible: terms.count === 0
                    text: qsTr("No term matches.")
                    opacity: 0.7
                }
            }

            ScrollView {
                id: detail
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                clip: true
                ColumnLayout {
                    width: detail.availableWidth
                    spacing: 8
                    visible: dialog.current.id !== undefined
                    Label {
                        objectName: "termHeading"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.bold: true
                        font.pixelSize: 20
                        text: dialog.current.id === undefined ? ""
                              : dialog.current.ja + "（" + dialog.current.reading + "）　" + dialog.current.en
                    }
                    Label {
                        objectName: "termDefinition"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: dialog.current.definition ? dialog.current.definition[Language.code] : ""
                    }
                    Label {
                        visible: (dialog.current.seeAlso ?? []).length > 0
                        text: qsTr("See also")
                        font.bold: true
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 6
                        Repeater {
                            model: dialog.current.seeAlso ?? []
                            Button {
                                required property var modelData
                                objectName: "seeAlso_" + modelData.id
                                text: Language.code === "en" ? modelData.en : modelData.ja
                                onClicked: dialog.currentId = modelData.id
                            }
                        }
                    }
                }
            }
        }
    }
}
