// One of the lesson's knobs: choice buttons when the lesson lists values, otherwise a
// slider (log or linear). The value shown is the one the experiments now hold.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kobai

ColumnLayout {
    id: control

    required property ExperimentController controller
    required property int controlIndex
    required property var spec
    readonly property var value: controller.controlValues[controlIndex]
    readonly property string label: spec.label[Language.code]
    readonly property alias slider: slider

    spacing: 0

    /// Where the knob's field goes in a PyTorch script, for the tooltip.
    function pytorchArgument(field) {
        const known = {
            "batch_size": "DataLoader(…, batch_size=…)",
            "epochs": "for epoch in range(…)",
            "seed": "torch.manual_seed(…)",
            "steps": "for step in range(…)",
            "optimizer.name": "torch.optim.…",
        }
        if (known[field] !== undefined)
            return known[field]
        const dot = field.indexOf(".")
        if (dot > 0) {
            const owner = field.slice(0, dot) === "optimizer" ? "torch.optim.…" : field.slice(0, dot)
            return "%1(%2=…)".arg(owner).arg(field.slice(dot + 1))
        }
        return field
    }

    readonly property string range: spec.values.length > 0
        ? spec.values.map(v => shown(v)).join(", ")
        : qsTr("from %1 to %2%3").arg(shown(spec.min)).arg(shown(spec.max)).arg(spec.log ? qsTr(", log scale") : "")
    readonly property string help: qsTr("%1: %2. In PyTorch: %3").arg(label).arg(range).arg(pytorchArgument(spec.field))

    /// A log knob moves in the steps people choose rates in: 1, 2, 5 × 10ᵏ (and the
    /// knob's own ends, when they are not such a number).
    function notches() {
        const list = [spec.min]
        for (let k = Math.floor(Math.log10(spec.min)); k <= Math.ceil(Math.log10(spec.max)); ++k)
            for (const m of [1, 2, 5]) {
                const v = Number((m * Math.pow(10, k)).toPrecision(3))
                if (v > spec.min * 1.0001 && v < spec.max / 1.0001)
                    list.push(v)
            }
        list.push(spec.max)
        return list
    }

    function nearestNotch(v) {
        let best = spec.min
        for (const n of notches())
            if (Math.abs(Math.log10(n / v)) < Math.abs(Math.log10(best / v)))
                best = n
        return best
    }

    function moveNotch(direction) {
        const list = notches()
        let i = list.indexOf(nearestNotch(control.value))
        i = Math.max(0, Math.min(list.length - 1, i + direction))
        control.controller.setControlValue(control.controlIndex, list[i])
    }

    function shown(v) {
        const i = spec.values.indexOf(v)
        if (i >= 0 && spec.valueLabels.length > i)
            return spec.valueLabels[i][Language.code]
        if (typeof v === "number" && !spec.integer)
            return Number(v.toPrecision(3)).toString()
        return String(v)
    }

    Label {
        Layout.fillWidth: true
        text: control.label + ": " + control.shown(control.value)
        elide: Text.ElideRight
    }

    ToolTip.visible: hoverWatch.hovered
    ToolTip.text: control.help
    ToolTip.delay: 500
    HoverHandler { id: hoverWatch }

    Flow {
        Layout.fillWidth: true
        visible: control.spec.values.length > 0
        spacing: 4
        Repeater {
            model: control.spec.values
            Button {
                required property var modelData
                text: control.shown(modelData)
                checkable: true
                checked: control.value === modelData
                onClicked: control.controller.setControlValue(control.controlIndex, modelData)
                Accessible.name: control.label + " " + text
                Accessible.description: control.help
                ToolTip.visible: visualFocus
                ToolTip.text: control.help
                implicitWidth: Math.max(44, implicitContentWidth + leftPadding + rightPadding)
            }
        }
    }

    Slider {
        id: slider
        objectName: "slider_" + control.spec.field
        Layout.fillWidth: true
        visible: control.spec.values.length === 0
        from: control.spec.log ? Math.log10(control.spec.min) : control.spec.min
        to: control.spec.log ? Math.log10(control.spec.max) : control.spec.max
        stepSize: control.spec.log ? 0 : control.spec.step
        snapMode: stepSize > 0 ? Slider.SnapAlways : Slider.NoSnap
        value: typeof control.value === "number"
               ? (control.spec.log ? Math.log10(control.value) : control.value) : from
        onMoved: {
            const v = control.spec.log ? control.nearestNotch(Math.pow(10, value)) : value
            control.controller.setControlValue(control.controlIndex, v)
        }
        // Home and End reach the knob's ends; the arrow keys go notch by notch on a log
        // knob (a log slider has no step of its own).
        Keys.onPressed: event => {
            if (event.key === Qt.Key_Home || event.key === Qt.Key_End) {
                control.controller.setControlValue(control.controlIndex,
                                                   event.key === Qt.Key_Home ? control.spec.min : control.spec.max)
                event.accepted = true
                return
            }
            if (!control.spec.log)
                return
            if (event.key === Qt.Key_Left || event.key === Qt.Key_Down) {
                control.moveNotch(-1)
                event.accepted = true
            } else if (event.key === Qt.Key_Right || event.key === Qt.Key_Up) {
                control.moveNotch(1)
                event.accepted = true
            }
        }
        Accessible.name: control.label
        Accessible.description: control.help
        ToolTip.visible: visualFocus
        ToolTip.text: control.help
    }
}
