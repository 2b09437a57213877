#pragma once
// The rectangle of a painted plot and its axes: maps data coordinates to pixels and
// back, and draws the frame with tick labels at 1, 2, 5 × 10^k (log: the powers of ten).
#include <QPainter>
#include <QRectF>
#include <QString>

#include <vector>

namespace kobai::app {

class PlotFrame {
public:
    /// area: the pixels of the plot inside the item; x0…x1, y0…y1: the data shown there.
    PlotFrame(QRectF area, double x0, double x1, double y0, double y1, bool logY = false);

    QRectF area() const { return m_area; }
    QPointF toPixel(double x, double y) const;
    QPointF toData(QPointF pixel) const;
    /// Frame, ticks and their labels, and the axis titles.
    void drawAxes(QPainter &painter, const QString &xTitle, const QString &yTitle) const;

    /// Tick values over [lo, hi]: about `count` of 1, 2, 5 × 10^k.
    static std::vector<double> linearTicks(double lo, double hi, int count);

private:
    double mapY(double y) const;

    QRectF m_area;
    double m_x0, m_x1, m_y0, m_y1;
    bool m_logY;
};

} // namespace kobai::app
