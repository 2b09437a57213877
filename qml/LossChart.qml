// One of the open lesson's charts: its curves (drawn by Chart.qml), the y title above
// it, the legend and the markers' words below it, the scale button. The curves come from
// the controller whole, with one replace() per series per batch; the chart is rebuilt
// when the lesson, the language (series names) or the y scale changes.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kobai

Item {
    id: root

    required property ExperimentController controller
    required property int chartIndex
    readonly property var spec: controller.charts[chartIndex] ?? ({title: {ja: "", en: ""}, x: "epoch", series: [], logX: false, logY: false})
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
        case "loss": return qsTr("loss")
        case "gradient_variance": return qsTr("gradient variance (measured)")
        case "predicted_variance": return qsTr("gradient variance (formula)")
        case "samples_per_second": return qsTr("samples per second")
        case "mean_gradient_norm": return qsTr("norm of the mean mini-batch gradient")
        case "mean_deviation": return qsTr("distance of that mean from the full gradient")
        case "finite_population_factor": return qsTr("finite-population factor (N − B)/(N − 1)")
        case "weight_grad_norm": return qsTr("weight gradient norm ‖∂L/∂W‖")
        case "mean": return qsTr("mean")
        case "std": return qsTr("standard deviation")
        case "saturated": return qsTr("fraction saturated")
        case "dead": return qsTr("fraction dead (exactly 0)")
        case "objective": return qsTr("each trial's objective")
        case "best_so_far": return qsTr("best so far")
        case "speedup": return qsTr("speed-up")
        case "efficiency": return qsTr("efficiency (speed-up / K)")
        case "update_seconds": return qsTr("seconds per update")
        case "communication_seconds": return qsTr("communication seconds per update")
        case "ideal": return qsTr("ideal speed-up (= K)")
        case "updates": return qsTr("updates")
        }
        // A histogram's series are the hidden layers "layer1" … (LessonParts.cpp).
        if (column.startsWith("layer"))
            return qsTr("layer %1").arg(column.slice(5))
        return column
    }

    function axisTitle(x) {
        switch (x) {
        case "epoch": return qsTr("epoch")
        case "updates": return qsTr("updates")
        case "gradient_evaluations": return qsTr("gradient evaluations (samples)")
        case "update": return qsTr("update")
        case "step": return qsTr("step")
        case "value": return qsTr("swept value")
        case "batch_size": return qsTr("batch size B")
        case "activation": return qsTr("activation value at epoch %1").arg(spec.epoch)
        case "weight": return qsTr("weight value at epoch %1").arg(spec.epoch)
        case "layer": return qsTr("hidden layer at epoch %1").arg(spec.epoch)
        case "trial": return qsTr("trial")
        case "workers": return qsTr("workers K")
        case "staleness": return qsTr("staleness (updates between a gradient's read and its write)")
        }
        return x
    }

    function yTitle() {
        if (spec.x === "activation" || spec.x === "weight")
            return qsTr("fraction of the layer's values")
        if (spec.x === "layer")
            return spec.series.length === 1 ? columnName(spec.series[0]) : qsTr("value")
        if (spec.series.every(c => c.endsWith("_acc")))
            return qsTr("accuracy")
        if (spec.series.every(c => c === "lr"))
            return qsTr("learning rate")
        if (spec.series.every(c => c === "x" || c === "y"))
            return qsTr("coordinate")
        if (spec.x === "batch_size")
            return gradientNoiseTitle()
        if (spec.x === "trial")
            return qsTr("objective (validation)")
        if (spec.x === "workers")
            return scalingTitle()
        if (spec.x === "staleness")
            return qsTr("updates")
        return qsTr("loss")
    }

    /// The y title of a gradient-noise chart (x "batch_size"), by what its series measure.
    function gradientNoiseTitle() {
        if (spec.series.every(c => c.endsWith("_variance")))
            return qsTr("gradient variance V(B)")
        if (spec.series.every(c => c === "samples_per_second"))
            return qsTr("samples per second")
        if (spec.series.every(c => c === "finite_population_factor"))
            return qsTr("factor")
        return qsTr("value")
    }

    /// The y title of a scaling chart (x "workers"), by what its series measure.
    function scalingTitle() {
        if (spec.series.every(c => c === "speedup" || c === "ideal"))
            return qsTr("speed-up")
        if (spec.series.every(c => c === "efficiency"))
            return qsTr("efficiency")
        if (spec.series.every(c => c.endsWith("_seconds")))
            return qsTr("seconds")
        if (spec.series.every(c => c === "samples_per_second"))
            return qsTr("samples per second")
        return qsTr("value")
    }

    /// `chart`: the Chart to fill; a new one passes itself, as the Loader gives it out
    /// as its item only after the chart's own Component.onCompleted has run.
    function refreshNow(chart) {
        throttle.stop()
        lastRefresh = Date.now()
        const view = chart ?? loader.item
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
        view.setRanges(r)
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
        // A new lesson shows its charts at its own scales, not at the last one's choice.
        function onLessonChanged() { root.logY = Qt.binding(() => root.spec.logY) }
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

    // The y axis's title sits level above the axis: rotated, Japanese lies on its side.
    Label {
        id: yTitleLabel
        objectName: "yTitle"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.leftMargin: 8
        text: root.logY ? qsTr("%1 (log scale)").arg(root.yTitle()) : root.yTitle()
        font.pixelSize: 12
        color: Display.textColor
    }

    Loader {
        id: loader
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: yTitleLabel.bottom
        anchors.bottom: legendFlow.top
        // Rebuilt from scratch when any of these change.
        property var key: [root.chartIndex, root.logY, Language.code, root.controller.lessonIndex, Display.projector]
        // The old series go with the old view: a refresh before the new view has made its
        // own (its size is set first) would fill them at the new scale, linear values
        // ≤ 0 on the old log axis.
        onKeyChanged: { root.lines = []; active = false; active = true }
        sourceComponent: Chart {
            id: view
            objectName: "chartView"
            title: root.spec.title[Language.code]
            titleFont.bold: true
            xTitle: root.spec.logX ? qsTr("%1 (log scale)").arg(root.axisTitle(root.spec.x)) : root.axisTitle(root.spec.x)
            logX: root.spec.logX
            wholeX: root.spec.x === "layer" || root.spec.x === "staleness"
            logY: root.logY
            // Qt Charts elides a long legend on one line; ours below wraps instead.
            showLegend: false
            plan: root.linePlan()
            // Where a run stopped early or diverged: a line across the plot; its words are
            // in the legend below, where they cover no curve.
            markers: root.markers.map(m => Object.assign({color: root.okabeIto[m.experiment % root.okabeIto.length]}, m))
            markerWidth: Display.projector ? 4 : 2
            onLinesCreated: {
                root.lines = view.lines
                root.legend = root.legendEntries()
                root.refreshNow(view)
            }
            onWidthChanged: root.refreshNow(view)
        }
    }

    /// The chart's lines from the controller's plan: colour tells the runs apart, the dash
    /// pattern a run's curves.
    function linePlan() {
        const plan = root.controller.chartSeries(root.chartIndex)
        const experiments = root.controller.experiments
        const several = root.spec.series.length > 1
        return plan.map(entry => {
            let name = experiments[entry.experiment].label[Language.code]
            if (several)
                name += " · " + root.columnName(entry.column)
            const style = root.dashes[entry.style % root.dashes.length]
            // Qt's raster stroker dashes a wide pen slowly (a dense curve stalled the GUI
            // for 100+ ms): patterned curves get a one-pixel pen.
            return {name: name, color: root.okabeIto[entry.colour % root.okabeIto.length], style: style,
                    width: style === Qt.SolidLine ? Display.lineWidth : Display.thinLineWidth}
        })
    }

    /// With several curves per run the legend names the runs by colour and the curves by
    /// dash pattern: five short entries instead of six long ones. One run's layers told
    /// apart by colour are named one by one.
    function legendEntries() {
        const plan = root.controller.chartSeries(root.chartIndex)
        const experiments = root.controller.experiments
        if (plan.some(p => p.colour !== p.experiment))
            return plan.map(p => ({name: root.columnName(p.column), color: root.okabeIto[p.colour % root.okabeIto.length],
                                   style: 0}))
        const several = root.spec.series.length > 1
        const entries = []
        const shown = [...new Set(plan.map(e => e.experiment))]
        for (const e of shown)
            entries.push({name: experiments[e].label[Language.code],
                          color: root.okabeIto[e % root.okabeIto.length],
                          style: several ? 0 : plan.find(p => p.experiment === e).style % root.dashes.length})
        if (several)
            root.spec.series.forEach((column, i) =>
                entries.push({name: root.columnName(column), color: "#555555", style: i % root.dashes.length}))
        return entries
    }

    function markerText(marker) {
        return marker.kind !== "diverged" ? qsTr("early stop at epoch %1").arg(marker.epoch)
             : root.spec.x === "step" ? qsTr("diverged at step %1").arg(marker.epoch)
             : qsTr("diverged at epoch %1").arg(marker.epoch)
    }

    Flow {
        id: legendFlow
        anchors.left: parent.left
        anchors.right: scaleButton.left
        anchors.bottom: parent.bottom
        anchors.leftMargin: 12
        // At least as tall as the scale button beside it, so that the chart above ends
        // where both begin: the button covered the end of the x axis's labels.
        height: Math.max(implicitHeight, scaleButton.height + 2 * scaleButton.anchors.margins)
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
                        ctx.lineWidth = modelData.style === 0 ? Display.lineWidth : Display.thinLineWidth
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
                    color: Display.textColor
                }
            }
        }
        Repeater {
            model: root.markers
            Row {
                required property var modelData
                spacing: 4
                Rectangle {
                    width: Display.projector ? 4 : 2
                    height: 14
                    anchors.verticalCenter: parent.verticalCenter
                    color: root.okabeIto[modelData.experiment % root.okabeIto.length]
                }
                Label {
                    objectName: "markerLabel"
                    text: root.markerText(modelData)
                    font.pixelSize: 12
                    color: root.okabeIto[modelData.experiment % root.okabeIto.length]
                }
            }
        }
    }

    // Beside the legend, where no chart title runs under it.
    Button {
        id: scaleButton
        objectName: "scaleButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 4
        text: root.logY ? qsTr("log scale") : qsTr("linear scale")
        checkable: true
        checked: root.logY
        onToggled: root.logY = checked
        font.pixelSize: 11
        Accessible.name: qsTr("Logarithmic loss axis")
        ToolTip.visible: hovered || visualFocus
        ToolTip.text: qsTr("Switch the vertical axis between a linear and a logarithmic scale")
    }
}
