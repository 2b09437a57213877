// The current experiment as a PyTorch script (config::pytorchScript), to read or copy.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog

    property string code: ""

    title: qsTr("As PyTorch code")
    modal: true
    width: Math.min(900, parent ? parent.width - 80 : 900)
    height: Math.min(640, parent ? parent.height - 80 : 640)
    standardButtons: Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                id: codeText
                text: dialog.code
                readOnly: true
                selectByMouse: true
                font.family: "monospace"
                wrapMode: TextEdit.NoWrap
                Accessible.name: dialog.title
            }
        }
        RowLayout {
            Label {
                id: copied
                visible: false
                text: qsTr("Copied to the clipboard")
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Copy")
                Accessible.name: qsTr("Copy the code")
                onClicked: {
                    codeText.selectAll()
                    codeText.copy()
                    codeText.deselect()
                    copied.visible = true
                }
            }
        }
    }
    onOpened: copied.visible = false
}
