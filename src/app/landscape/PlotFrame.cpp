#include "PlotFrame.h"

#include <QLocale>

#include <cmath>

namespace kobai::app {

PlotFrame::PlotFrame(QRectF area, double x0, double x1, double y0, double y1, bool logY)
    : m_area(area), m_x0(x0), m_x1(x1), m_y0(logY ? std::log10(y0) : y0), m_y1(logY ? std::log10(y1) : y1), m_logY(logY)
{
}

double PlotFrame::mapY(double y) const
{
    return m_logY ? std::log10(y) : y;
}

QPointF PlotFrame::toPixel(double x, double y) const
{
    return {m_area.left() + (x - m_x0) / (m_x1 - m_x0) * m_area.width(),
            m_area.bottom() - (mapY(y) - m_y0) / (m_y1 - m_y0) * m_area.height()};
}

QPointF PlotFrame::toData(QPointF pixel) const
{
    const double x = m_x0 + (pixel.x() - m_area.left()) / m_area.width() * (m_x1 - m_x0);
    const double y = m_y0 + (m_area.bottom() - pixel.y()) / m_area.height() * (m_y1 - m_y0);
    return {x, m_logY ? std::pow(10.0, y) : y};
}

std::vector<double> PlotFrame::linearTicks(double lo, double hi, int count)
{
    const double raw = (hi - lo) / std::max(1, count);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power;
    for (const double factor : {1.0, 2.0, 5.0, 10.0})
        if (factor * power >= raw) {
            step = factor * power;
            break;
        }
    std::vector<double> ticks;
    for (double t = std::ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
        ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return ticks;
}

void PlotFrame::drawAxes(QPainter &painter, const QString &xTitle, const QString &yTitle) const
{
    const QColor ink(0x333333);
    painter.setPen(QPen(ink, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(m_area);
    const QFontMetricsF metrics(painter.font());
    const QLocale c = QLocale::c();
    for (const double x : linearTicks(m_x0, m_x1, std::max(2, static_cast<int>(m_area.width() / 70)))) {
        const QPointF p = toPixel(x, m_logY ? std::pow(10.0, m_y0) : m_y0);
        painter.drawLine(p, p + QPointF(0, 4));
        const QString label = c.toString(x, 'g', 4);
        painter.drawText(QPointF(p.x() - metrics.horizontalAdvance(label) / 2, p.y() + 4 + metrics.ascent()), label);
    }
    std::vector<double> yTicks;
    if (m_logY)
        for (double k = std::ceil(m_y0); k <= m_y1; k += std::max(1.0, std::ceil((m_y1 - m_y0) / 6)))
            yTicks.push_back(std::pow(10.0, k));
    else
        yTicks = linearTicks(m_y0, m_y1, std::max(2, static_cast<int>(m_area.height() / 50)));
    for (const double y : yTicks) {
        const QPointF p = toPixel(m_x0, y);
        painter.drawLine(p, p - QPointF(4, 0));
        const QString label = m_logY ? QStringLiteral("1e%1").arg(std::lround(std::log10(y))) : c.toString(y, 'g', 4);
        painter.drawText(QPointF(p.x() - 6 - metrics.horizontalAdvance(label), p.y() + metrics.ascent() / 2 - 1), label);
    }
    painter.drawText(QRectF(m_area.left(), m_area.bottom() + 4 + metrics.height(), m_area.width(), metrics.height()),
                     Qt::AlignHCenter, xTitle);
    // Level above the y axis, not turned on its side: Japanese titles stay readable.
    painter.drawText(QPointF(m_area.left() - 50, m_area.top() - 6 - metrics.descent()), yTitle);
}

} // namespace kobai::app
