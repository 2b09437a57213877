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

    spacing: 0

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
            const v = control.spec.log ? Number(Math.pow(10, value).toPrecision(3)) : value
            control.controller.setControlValue(control.controlIndex, v)
        }
        Accessible.name: control.label
    }
}
