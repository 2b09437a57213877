#pragma once
// The open lesson's charts fed from its runs' full results: which curves a chart
// draws, and each curve decimated to the chart's pixels and handed to its series with
// one replace(), with the axes' ranges and markers where runs diverged or stopped early.
#include "run/RunTrace.h"

#include "Lesson.h"

#include <QPointF>
#include <QVariantList>
#include <QVariantMap>

#include <vector>

namespace kobai::app {

class ChartFeed
{
public:
    /// traces: one per experiment of the lesson.
    ChartFeed(const config::Lesson &lesson, const std::vector<RunTrace> &traces)
        : m_lesson(lesson), m_traces(traces) {}

    /// The curves chart `chart` draws, in the order fill() expects their series:
    /// [{experiment, column, colour, style}] (colour: which palette colour, the
    /// experiment's index unless one run's layers are told apart by colour; style: which
    /// dash pattern).
    QVariantList series(int chart) const;
    /// Replaces the points of each series (as planned by series()) with the data so far,
    /// at most `pixels` points each; returns the axes' ranges and where runs diverged or
    /// stopped early: {empty, xMin, xMax, yMin, yMax, markers: [{experiment, kind, x, epoch}]}.
    QVariantMap fill(int chart, const QVariantList &series, int pixels, bool logY) const;

private:
    /// A column of one run against the chart's x axis: an epoch-CSV column, a
    /// trajectory's loss/x/y/lr per step, a sweep's final losses per value, a gradient-noise
    /// column per batch size, a scaling column per worker count, an async run's updates
    /// per staleness (a step line of counts), a hidden layer's histogram at the chart's epoch (a step line of
    /// fractions over the bins), or a layer statistic against the layer (1 … N).
    std::vector<QPointF> curve(int experiment, const QString &column, const config::LessonChart &chart) const;
    /// Where on the x axis a run's marker goes; NaN for a run without one.
    double markerX(int experiment, config::LessonChart::XAxis x) const;

    const config::Lesson &m_lesson;
    const std::vector<RunTrace> &m_traces;
};

} // namespace kobai::app
