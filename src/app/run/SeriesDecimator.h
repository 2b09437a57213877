#pragma once
// Fits a curve to the pixels that show it: a series never holds more points than its
// chart has pixels across. A longer curve is cut into buckets two pixels wide, and
// each bucket keeps its lowest and highest point (in x order), so spikes and the
// envelope of a noisy mini-batch loss survive.
// Points that cannot be drawn (NaN, ±Inf, and a coordinate ≤ 0 on a log axis) are left out.
#include <QList>
#include <QPointF>

#include <span>

namespace kobai::app {

class SeriesDecimator
{
public:
    /// pixels: the plot's width; logY drops y ≤ 0, logX drops x ≤ 0.
    SeriesDecimator(int pixels, bool logY, bool logX = false);

    /// The drawable points of a curve sorted by x, at most one per pixel.
    QList<QPointF> decimate(std::span<const QPointF> points) const;

    /// Whether a point can go on the axes.
    bool drawable(const QPointF &point) const;

private:
    int m_pixels;
    bool m_logY;
    bool m_logX;
};

} // namespace kobai::app
