// The learning curve of a read_curve question: trained live by a CurveRun (the engine,
// on the app's runner) and drawn by Chart.qml with one replace() per series per batch.
import QtQuick
import QtQuick.Controls
import Kobai

Chart {
    id: chart

    required property QuestionSource questions
    required property int questionIndex
    readonly property alias run: run

    // A search's curve: each trial's objective and the best so far, against the trial.
    xTitle: run.search ? qsTr("trial") : qsTr("epoch")
    yTitle: run.search ? qsTr("objective (validation)") : qsTr("loss")
    showLegend: true
    plan: [{name: run.search ? qsTr("each trial's objective") : qsTr("training loss"), color: "#0072B2",
            style: Qt.SolidLine, width: 2},
           {name: run.search ? qsTr("best so far") : qsTr("validation loss"), color: "#D55E00", style: Qt.DashLine,
            width: 2}]

    CurveRun {
        id: run
        questions: chart.questions
        questionIndex: chart.questionIndex
        onPointsChanged: chart.redraw()
    }
    onLinesCreated: redraw()

    function redraw() {
        if (lines.length < 2)
            return
        const range = run.fill(lines[0], lines[1])
        if (!range.empty)
            setRanges(range)
    }

    Label {
        anchors.centerIn: parent
        visible: run.running && run.epochs === 0
        text: run.search ? qsTr("Searching…") : qsTr("Training…")
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
