// Our one chart component: everything Qt Charts is used for lives here, so a move to
// Qt Graphs touches this file only. The curves come from the controller whole, with
// one replace() per series per batch; the chart is rebuilt when the lesson, the
// language (series names) or the y scale changes.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Kobai

Item {
    id: root

    required property ExperimentController controller
    required property int chartIndex
    readonly property var spec: controller.charts[chartIndex] ?? ({title: {ja: "", en: ""}, x: "epoch", series: [], logY: false})
    property bool logY: spec.logY
    /// The series being drawn, in chartSeries() order.
    property var lines: []
    property var markers: []
    /// What the legend shows: [{name, color, style}], one per series.
    property var legend: []
    property var range: ({empty: true})
    /// Points on the chart now, all series together (replace() does not signal count).
    property int pointCount: 0

    /// Okabe & Ito (2008), colour-blind safe; the yellow is left out (unreadable on white).
    readonly property var okabeIto: ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    readonly property var dashes: [Qt.SolidLine, Qt.DashLine, Qt.DotLine, Qt.DashDotLine, Qt.DashDotDotLine]

    function columnName(column) {
        switch (column) {
        case "train_loss": return qsTr("training loss")
        case "val_loss": return qsTr("validation loss")
        case "train_acc": return qsTr("training accuracy")
        case "val_acc": return qsTr("validation accuracy")
        case "lr": return qsTr("learning rate")
        case "batch_loss": return qsTr("mini-batch loss")
        }
        return column
    }

    function axisTitle(x) {
        switch (x) {
        case "epoch": return qsTr("epoch")
        case "updates": return qsTr("updates")
        case "gradient_evaluations": return qsTr("gradient evaluations (samples)")
        case "update": return qsTr("update")
        }
        return x
    }

    function yTitle() {
        if (spec.series.every(c => c.endsWith("_acc")))
            return qsTr("accuracy")
        if (spec.series.every(c => c === "lr"))
            return qsTr("learning rate")
        return qsTr("loss")
    }

    /// Moves an axis without ever passing through min > max, which Qt Charts' log axis
    /// does not survive, nor through a range with thousands of ticks (a new range with
    /// the old tick spacing), which takes Qt Charts minutes to lay out.
    function setRange(axis, min, max) {
        const spaced = axis.tickType === ValueAxis.TicksDynamic
        const step = spaced ? niceStep(max - min) : 0
        if (spaced && step > axis.tickInterval)
            axis.tickInterval = step
        if (min > axis.max) {
            axis.max = max
            axis.min = min
        } else {
            axis.min = min
            axis.max = max
        }
        if (spaced && step < axis.tickInterval)
            axis.tickInterval = step
    }

    /// A tick spacing of 1, 2 or 5 × 10^k giving about five ticks (epochs 0, 10, 20, 30
    /// rather than 0, 7.5, 15, 22.5).
    function niceStep(span) {
        const raw = span / 5
        const magnitude = Math.pow(10, Math.floor(Math.log10(raw)))
        for (const m of [1, 2, 5])
            if (m * magnitude >= raw)
                return m * magnitude
        return 10 * magnitude
    }

    function refreshNow() {
        throttle.stop()
        lastRefresh = Date.now()
        const view = loader.item
        if (!view || lines.length === 0)
            return
        // The chart's own width bounds the points; not the plot area, which moves with the
        // axis labels and would feed back into this refresh.
        const r = controller.fillChart(chartIndex, lines, Math.max(2, Math.round(view.width)), logY)
        range = r
        pointCount = lines.reduce((n, s) => n + s.count, 0)
        if (r.empty) {
            markers = []
            return
        }
        setRange(view.axisX, r.xMin, r.xMax)
        // A log axis labels only powers of its base: powers of 2 when the curve spans
        // little, else powers of 10, 100, 10⁴… so that no more than ~8 labels crowd it.
        if (logY) {
            const decades = Math.log10(r.yMax / r.yMin)
            view.axisY.base = decades < 1.8 ? 2 : Math.pow(10, Math.max(1, Math.ceil(decades / 8)))
        }
        setRange(view.axisY, r.yMin, r.yMax)
        markers = r.markers
    }

    // Qt Charts repaints a whole chart in software for every change, so a chart redraws
    // at most 20 times a second: at once when it has been quiet, else at the next slot.
    property double lastRefresh: 0
    Timer {
        id: throttle
        onTriggered: root.refreshNow()
    }
    Connections {
        target: root.controller
        function onResultsChanged() { root.refresh() }
    }

    function refresh() {
        const wait = root.lastRefresh + 50 - Date.now()
        if (wait <= 0) {
            refreshNow()
        } else if (!throttle.running) {
            throttle.interval = wait
            throttle.start()
        }
    }

    Loader {
        id: loader
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: legendFlow.top
        // Rebuilt from scratch when any of these change.
        property var key: [root.chartIndex, root.logY, Language.code, root.controller.lessonIndex]
        onKeyChanged: { active = false; active = true }
        sourceComponent: ChartView {
            id: view
            property alias axisX: xAxis
            property var axisY: root.logY ? logAxis : linearAxis
            title: root.spec.title[Language.code]
            titleFont.bold: true
            // Qt Charts repaints its whole scene in software for every batch; antialiased
            // dashed strokes made that the GUI thread's longest stall.
            antialiasing: false
            animationOptions: ChartView.NoAnimation
            // Qt Charts elides a long legend on one line; ours below wraps instead.
            legend.visible: false
            margins { top: 4; bottom: 4; left: 4; right: 4 }

            ValueAxis {
                id: xAxis
                titleText: root.axisTitle(root.spec.x)
                labelFormat: "%g"
                tickType: ValueAxis.TicksDynamic
                tickAnchor: 0
                tickInterval: 0.25
                min: 0
                max: 1
            }
            ValueAxis {
                id: linearAxis
                titleText: root.yTitle()
                titleFont.pixelSize: 12
                labelFormat: "%.3g"
                tickType: ValueAxis.TicksDynamic
                tickAnchor: 0
                tickInterval: 0.25
                min: 0
                max: 1
            }
            LogValueAxis {
                id: logAxis
                titleText: qsTr("%1 (log scale)").arg(root.yTitle())
                titleFont.pixelSize: 12
                labelFormat: "%.3g"
                base: 10
                min: 0.01
                max: 1
            }

            Component.onCompleted: {
                const created = []
                const plan = root.controller.chartSeries(root.chartIndex)
                const experiments = root.controller.experiments
                const several = root.spec.series.length > 1
                for (const entry of plan) {
                    let name = experiments[entry.experiment].label[Language.code]
                    if (several)
                        name += " · " + root.columnName(entry.column)
                    const series = createSeries(ChartView.SeriesTypeLine, name, xAxis, axisY)
                    series.color = root.okabeIto[entry.experiment % root.okabeIto.length]
                    series.style = root.dashes[entry.style % root.dashes.length]
                    // Qt's raster stroker dashes a wide pen slowly (a dense curve stalled
                    // the GUI for 100+ ms): patterned curves get a one-pixel pen.
                    series.width = series.style === Qt.SolidLine ? 2 : 1
                    series.useOpenGL = false
                    created.push(series)
                }
                // With several curves per run the legend names the runs by colour and the
                // curves by dash pattern: five short entries instead of six long ones.
                const entries = []
                const shown = [...new Set(plan.map(e => e.experiment))]
                for (const e of shown)
                    entries.push({name: experiments[e].label[Language.code],
                                  color: root.okabeIto[e % root.okabeIto.length],
                                  style: several ? 0 : plan.find(p => p.experiment === e).style % root.dashes.length})
                if (several)
                    root.spec.series.forEach((column, i) =>
                        entries.push({name: root.columnName(column), color: "#555555", style: i % root.dashes.length}))
                root.lines = created
                root.legend = entries
                root.refreshNow()
            }
            onWidthChanged: root.refreshNow()

            Repeater {
                model: root.markers
                Item {
                    required property var modelData
                    required property int index
                    readonly property real markerX: view.mapToPosition(Qt.point(modelData.x, root.range.yMax), root.lines[0]).x
                    Rectangle {
                        x: parent.markerX - 1
                        y: view.plotArea.y
                        width: 2
                        height: view.plotArea.height
                        color: root.okabeIto[modelData.experiment % root.okabeIto.length]
                        opacity: 0.7
                    }
                    Label {
                        x: Math.min(parent.markerX + 4, view.plotArea.x + view.plotArea.width - width)
                        y: view.plotArea.y + 2 + 16 * index
                        text: modelData.kind === "diverged"
                              ? qsTr("diverged at epoch %1").arg(modelData.epoch)
                              : qsTr("early stop at epoch %1").arg(modelData.epoch)
                        color: root.okabeIto[modelData.experiment % root.okabeIto.length]
                        font.pixelSize: 11
                        background: Rectangle { color: "white"; opacity: 0.8 }
                    }
                }
            }
        }
    }

    Flow {
        id: legendFlow
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: 12
        spacing: 12
        Repeater {
            model: root.legend
            Row {
                required property var modelData
                spacing: 4
                Canvas {
                    /// Dash patterns matching Qt.SolidLine, DashLine, DotLine, DashDotLine, DashDotDotLine.
                    readonly property var patterns: [[], [6, 4], [2, 3], [6, 3, 2, 3], [6, 3, 2, 3, 2, 3]]
                    width: 30
                    height: 14
                    anchors.verticalCenter: parent.verticalCenter
                    onPaint: {
                        const ctx = getContext("2d")
                        ctx.clearRect(0, 0, width, height)
                        ctx.strokeStyle = modelData.color
                        ctx.lineWidth = modelData.style === 0 ? 2 : 1
                        ctx.setLineDash(patterns[modelData.style])
                        ctx.beginPath()
                        ctx.moveTo(0, height / 2)
                        ctx.lineTo(width, height / 2)
                        ctx.stroke()
                    }
                }
                Label {
                    text: modelData.name
                    font.pixelSize: 12
                }
            }
        }
    }

    Button {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 4
        text: root.logY ? qsTr("log scale") : qsTr("linear scale")
        checkable: true
        checked: root.logY
        onToggled: root.logY = checked
        font.pixelSize: 11
        Accessible.name: qsTr("Logarithmic loss axis")
    }
}
