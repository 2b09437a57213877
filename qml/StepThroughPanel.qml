// The numbers of one update of the chosen optimizer at the shown step, exactly as the
// engine recorded them (LandscapeModel.stepDetail): g and its central-difference check, the optimizer's state, the rate,
// the step taken and the new point, beside the update rule in the textbook form and,
// where it differs, PyTorch's.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kobai

GroupBox {
    id: panel

    required property LandscapeModel landscape
    required property int step
    property alias pathIndex: chooser.currentIndex
    readonly property var detail: landscape.ready ? landscape.stepDetail(pathIndex, Math.min(step, stepsOf(pathIndex))) : ({})

    readonly property var textbook: detail.textbook ?? []
    readonly property var pytorch: detail.pytorch ?? []

    function stepsOf(index) {
        const p = landscape.paths[index]
        return p ? p.steps : 0
    }
    function number(v) {
        return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e5 ? Number(v.toPrecision(6)).toString() : v.toExponential(4)
    }
    function vector(values) {
        return values ? "(" + number(values[0]) + ", " + number(values[1]) + ")" : ""
    }

    title: qsTr("Step through one update")

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            Label { text: qsTr("Optimizer") }
            ComboBox {
                id: chooser
                objectName: "stepOptimizer"
                model: panel.landscape.paths.map(p => p.label[Language.code])
                Layout.preferredWidth: 260
                Accessible.name: qsTr("Optimizer to step through")
            }
            Label {
                text: panel.detail.step !== undefined ? qsTr("step %1").arg(panel.detail.step) : ""
                font.bold: true
            }
        }
        RowLayout {
            spacing: 24
            Layout.fillWidth: true
            ColumnLayout {
                visible: panel.textbook.length > 0
                Label { text: qsTr("Textbook form"); font.bold: true }
                Label {
                    objectName: "textbookFormula"
                    text: panel.textbook.join("\n")
                    font.family: "monospace"
                }
            }
            ColumnLayout {
                visible: panel.pytorch.length > 0
                Label { text: qsTr("PyTorch form"); font.bold: true }
                Label {
                    text: panel.pytorch.join("\n")
                    font.family: "monospace"
                }
            }
        }
        GridLayout {
            objectName: "stepNumbers"
            columns: 2
            columnSpacing: 16
            rowSpacing: 1
            Label { text: panel.detail.from ? qsTr("from w") : ""; visible: !!panel.detail.from }
            Label { text: panel.vector(panel.detail.from); visible: !!panel.detail.from; font.family: "monospace" }
            Label {
                text: panel.detail.batch ? qsTr("g = ∇f(w) on a mini-batch of %1").arg(panel.detail.batch) : "g = ∇f(w)"
                visible: !!panel.detail.g
            }
            Label { text: panel.vector(panel.detail.g); visible: !!panel.detail.g; font.family: "monospace" }
            Label { text: qsTr("numerical gradient (central difference, h = 10⁻⁴)"); visible: !!panel.detail.numerical }
            Label {
                objectName: "numericalGradient"
                text: panel.vector(panel.detail.numerical)
                visible: !!panel.detail.numerical
                font.family: "monospace"
            }
            Label { text: qsTr("numerical − g"); visible: !!panel.detail.numericalError }
            Label { text: panel.vector(panel.detail.numericalError); visible: !!panel.detail.numericalError; font.family: "monospace" }
            Label { text: qsTr("learning rate η"); visible: panel.detail.lr !== undefined }
            Label { text: panel.detail.lr !== undefined ? panel.number(panel.detail.lr) : ""; visible: panel.detail.lr !== undefined; font.family: "monospace" }
            Repeater {
                model: (panel.detail.state ?? []).length * 2
                Label {
                    required property int index
                    readonly property var entry: panel.detail.state[Math.floor(index / 2)]
                    text: index % 2 === 0 ? entry.symbol : panel.vector(entry.values)
                    // Monospace renders the combining hat of m̂ and v̂ in place.
                    font.family: "monospace"
                }
            }
            Label { text: qsTr("step taken Δw"); visible: !!panel.detail.delta }
            Label { text: panel.vector(panel.detail.delta); visible: !!panel.detail.delta; font.family: "monospace" }
            Label { text: panel.detail.step === 0 ? qsTr("start w₀") : qsTr("new point w") }
            Label { text: panel.vector(panel.detail.point); font.family: "monospace" }
            Label { text: qsTr("loss f(w)") }
            Label { text: panel.detail.loss !== undefined ? panel.number(panel.detail.loss) : ""; font.family: "monospace" }
        }
    }
}
