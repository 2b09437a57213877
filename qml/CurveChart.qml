// The learning curve of a read_curve question: trained live by a CurveRun (the engine,
// on the runner's worker thread) and drawn with one replace() per series per batch.
import QtQuick
import QtQuick.Controls
import QtCharts
import Kobai
import "ChartTicks.js" as Ticks

ChartView {
    id: chart

    required property QuestionSource questions
    required property int questionIndex
    readonly property alias run: run

    antialiasing: false
    legend.alignment: Qt.AlignBottom
    animationOptions: ChartView.NoAnimation
    margins { top: 4; bottom: 4; left: 4; right: 4 }

    CurveRun {
        id: run
        questions: chart.questions
        questionIndex: chart.questionIndex
        onPointsChanged: chart.redraw()
    }

    function redraw() {
        const range = run.fill(train, validation)
        if (range.empty)
            return
        // Never min > max on the way: grow the maximum first.
        xAxis.tickInterval = Ticks.niceStep(range.xMax)
        xAxis.max = range.xMax
        yAxis.max = Math.max(range.yMax, yAxis.min + 1e-9)
        yAxis.min = range.yMin
        yAxis.max = range.yMax
    }

    ValueAxis {
        id: xAxis
        min: 0
        max: 1
        labelFormat: "%g"
        tickType: ValueAxis.TicksDynamic
        tickAnchor: 0
        tickInterval: 1
        titleText: qsTr("epoch")
    }
    ValueAxis {
        id: yAxis
        min: 0
        max: 1
        labelFormat: "%.3g"
        titleText: qsTr("loss")
    }
    LineSeries {
        id: train
        name: qsTr("training loss")
        axisX: xAxis
        axisY: yAxis
        color: "#0072B2"
        width: 2
    }
    LineSeries {
        id: validation
        name: qsTr("validation loss")
        axisX: xAxis
        axisY: yAxis
        color: "#D55E00"
        width: 2
        style: Qt.DashLine
    }

    Label {
        anchors.centerIn: parent
        visible: run.running && run.epochs === 0
        text: qsTr("Training…")
    }
    Label {
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 12
        visible: run.divergedAt > 0
        color: "#D55E00"
        text: qsTr("diverged at epoch %1").arg(run.divergedAt)
    }
}
