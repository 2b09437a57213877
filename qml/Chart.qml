// Our one chart component: everything Qt Charts is used for in QML lives here (its series
// are fed from C++ by SeriesFeed alone), so a move to Qt Graphs touches this file and that
// class only (tst_chart_confinement). The users configure it by properties: the lines to
// draw, the axes' titles and scales, where runs stopped. The ranges come whole from the
// C++ side (AxisRange) through setRanges(); animation is off and nothing is antialiased,
// as Qt Charts repaints its whole scene in software for every batch.
import QtQuick
import QtCharts
import Kobai
import "ChartTicks.js" as Ticks

ChartView {
    id: view

    /// The lines, in this order: [{name, color, style (a Qt pen style), width}]. A new plan
    /// of as many lines restyles them and keeps their points (a language switch renames
    /// them); one of another length makes them anew and says so by linesCreated().
    property var plan: []
    /// The series made from plan, in its order: what SeriesFeed fills.
    property var lines: []
    property string xTitle: ""
    /// Empty: the axis has no title (a user may show its own, level above the axis).
    property string yTitle: ""
    property bool logX: false
    /// The x axis counts whole things (hidden layers): no tick between two of them.
    property bool wholeX: false
    property bool logY: false
    property color labelsColor: Display.textColor
    property bool showLegend: false
    /// Lines across the plot where runs stopped: [{x, color}], at x in the x axis's units.
    property var markers: []
    property real markerWidth: 2
    readonly property var axisX: logX ? logXAxis : xAxis
    readonly property var axisY: logY ? logAxis : linearAxis
    /// Bumped by every setRanges(), for what depends on where the axes map a value.
    property int redraws: 0

    signal linesCreated()

    antialiasing: false
    animationOptions: ChartView.NoAnimation
    legend.visible: showLegend
    legend.alignment: Qt.AlignBottom
    margins { top: 4; bottom: 4; left: 4; right: 4 }

    /// Applies {xMin, xMax, yMin, yMax} (finite, non-empty, positive on a log axis: AxisRange's).
    function setRanges(r) {
        if (logX)
            logXAxis.base = logBase(r.xMin, r.xMax)
        else // 1200000 rather than 1.2e+06 for counts of samples
            xAxis.labelFormat = r.xMax >= 1e5 ? "%.0f" : "%g"
        setRange(axisX, r.xMin, r.xMax, wholeX)
        if (logY)
            logAxis.base = logBase(r.yMin, r.yMax)
        setRange(axisY, r.yMin, r.yMax)
        ++redraws
    }

    /// Moves an axis without ever passing through min > max, which Qt Charts' log axis
    /// does not survive, nor through a range with thousands of ticks (a new range with
    /// the old tick spacing), which takes Qt Charts minutes to lay out.
    function setRange(axis, min, max, whole) {
        const spaced = axis.tickType === ValueAxis.TicksDynamic
        const step = !spaced ? 0 : whole ? Math.max(1, Ticks.niceStep(max - min)) : Ticks.niceStep(max - min)
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

    /// A log axis labels only powers of its base: powers of 2 when the range is narrow,
    /// else powers of 10, 100, 10⁴… so that no more than ~8 labels crowd it.
    function logBase(min, max) {
        const decades = Math.log10(max / min)
        return decades < 1.8 ? 2 : Math.pow(10, Math.max(1, Math.ceil(decades / 8)))
    }

    function applyStyle(series, entry) {
        series.name = entry.name
        series.color = entry.color
        series.style = entry.style
        series.width = entry.width
    }

    function makeLines() {
        for (const series of lines)
            removeSeries(series)
        const created = []
        for (const entry of plan) {
            const series = createSeries(ChartView.SeriesTypeLine, entry.name, axisX, axisY)
            applyStyle(series, entry)
            series.useOpenGL = false
            created.push(series)
        }
        lines = created
        linesCreated()
    }

    property bool completed: false
    Component.onCompleted: { completed = true; makeLines() }
    onPlanChanged: {
        if (!completed)
            return
        if (plan.length === lines.length)
            plan.forEach((entry, i) => applyStyle(lines[i], entry))
        else
            makeLines()
    }

    ValueAxis {
        id: xAxis
        titleText: view.xTitle
        titleVisible: view.xTitle !== ""
        labelsColor: view.labelsColor
        labelFormat: "%g"
        tickType: ValueAxis.TicksDynamic
        tickAnchor: 0
        tickInterval: 0.25
        min: 0
        max: 1
    }
    LogValueAxis {
        id: logXAxis
        titleText: view.xTitle
        titleVisible: view.xTitle !== ""
        labelsColor: view.labelsColor
        labelFormat: "%g"
        base: 10
        min: 0.01
        max: 1
    }
    ValueAxis {
        id: linearAxis
        titleText: view.yTitle
        titleVisible: view.yTitle !== ""
        labelsColor: view.labelsColor
        labelFormat: "%.3g"
        tickType: ValueAxis.TicksDynamic
        tickAnchor: 0
        tickInterval: 0.25
        min: 0
        max: 1
    }
    LogValueAxis {
        id: logAxis
        titleText: view.yTitle
        titleVisible: view.yTitle !== ""
        labelsColor: view.labelsColor
        labelFormat: "%.3g"
        base: 10
        min: 0.01
        max: 1
    }

    Repeater {
        model: view.markers
        Rectangle {
            required property var modelData
            objectName: "marker"
            // Mapped at the axis's own top, which is always drawable (a log axis warns
            // and misbehaves on any y ≤ 0, and a stale range may hold none). Read again
            // after every redraw and resize: the mapping is a call, whose inputs a
            // binding cannot see.
            x: {
                void view.redraws
                void view.plotArea
                return view.lines.length > 0
                    ? view.mapToPosition(Qt.point(modelData.x, view.axisY.max), view.lines[0]).x - width / 2 : 0
            }
            y: view.plotArea.y
            width: view.markerWidth
            height: view.plotArea.height
            color: modelData.color
            opacity: 0.7
        }
    }
}
