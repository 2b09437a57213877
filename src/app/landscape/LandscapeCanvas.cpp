#include "LandscapeCanvas.h"

#include <QLineF>
#include <QPainterPath>

#include <cmath>
#include <optional>

namespace kobai::app {

namespace {

/// Where the segment a → b first crosses the border of area (a inside, b outside).
std::optional<QPointF> exitPoint(const QRectF &area, QPointF a, QPointF b)
{
    const QLineF segment(a, b);
    const QLineF edges[]{{area.topLeft(), area.topRight()}, {area.topRight(), area.bottomRight()},
                         {area.bottomRight(), area.bottomLeft()}, {area.bottomLeft(), area.topLeft()}};
    for (const QLineF &edge : edges) {
        QPointF hit;
        if (segment.intersects(edge, &hit) == QLineF::BoundedIntersection)
            return hit;
    }
    return std::nullopt;
}

void drawCross(QPainter &painter, QPointF at, double r)
{
    painter.drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
    painter.drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
}

} // namespace

int LandscapeCanvas::legendRows() const
{
    if (!m_model)
        return 0;
    const QFontMetricsF metrics(QFont{});
    double x = 0;
    int rows = 1;
    for (std::size_t i = 0; i < m_model->pathResults().size(); ++i) {
        const double entry = legendEntryWidth(metrics, i);
        if (x > 0 && x + entry > width() - 20) {
            ++rows;
            x = 0;
        }
        x += entry;
    }
    return rows;
}

double LandscapeCanvas::legendEntryWidth(const QFontMetricsF &metrics, std::size_t index) const
{
    return 34 + metrics.horizontalAdvance(pathCaption(index)) + 16;
}

PlotFrame LandscapeCanvas::frame() const
{
    const double legend = legendRows() * (QFontMetricsF(QFont{}).height() + 4);
    const QRectF area = QRectF(0, 0, width(), height()).adjusted(58, 28, -12, -46 - legend);
    const ViewRange r = m_model ? m_model->contourSpec().range : ViewRange{};
    return PlotFrame(area, r.x0, r.x1, r.y0, r.y1);
}

QPointF LandscapeCanvas::toFunction(QPointF pixel) const
{
    return frame().toData(pixel);
}

QPointF LandscapeCanvas::toPixel(QPointF point) const
{
    return frame().toPixel(point.x(), point.y());
}

void LandscapeCanvas::paint(QPainter *painter)
{
    painter->fillRect(QRectF(0, 0, width(), height()), Qt::white);
    if (!m_model || width() < 120 || height() < 100)
        return;
    const PlotFrame plot = frame();
    painter->save();
    painter->setClipRect(plot.area());
    paintContours(*painter, plot);
    for (std::size_t i = 0; i < m_model->pathResults().size(); ++i)
        paintPath(*painter, plot, i);
    const QPointF start = plot.toPixel(m_model->start().x(), m_model->start().y());
    painter->setPen(QPen(Qt::black, 2));
    painter->setBrush(Qt::white);
    painter->drawEllipse(start, 6, 6);
    painter->restore();
    plot.drawAxes(*painter, m_model->axisNames()[0], m_model->axisNames()[1]);
    paintLegend(*painter, plot);
}

void LandscapeCanvas::paintContours(QPainter &painter, const PlotFrame &plot) const
{
    const std::shared_ptr<const ContourMap> map = m_model->contours();
    if (!map)
        return;
    const double count = std::max<double>(1, static_cast<double>(map->levels.size()));
    for (std::size_t k = 0; k < map->levels.size(); ++k) {
        // Low levels darker: the eye finds the valley floor first.
        const int shade = 110 + static_cast<int>(120 * static_cast<double>(k) / count);
        painter.setPen(QPen(QColor(shade, shade, std::min(255, shade + 30)), 1));
        for (const ContourSegment &s : map->levels[k].segments)
            painter.drawLine(plot.toPixel(s.x0, s.y0), plot.toPixel(s.x1, s.y1));
    }
    painter.setPen(QPen(Qt::black, 2));
    for (const ViewMinimum &m : map->minima) {
        if (!m.known)
            continue;
        const QPointF at = plot.toPixel(m.x, m.y);
        drawCross(painter, at, 5);
        painter.drawText(at + QPointF(8, 16), tr("minimum"));
    }
}

void LandscapeCanvas::paintPath(QPainter &painter, const PlotFrame &plot, std::size_t index) const
{
    const LandscapePath &path = m_model->pathResults()[index];
    const std::vector<TrajectoryPoint> &points = path.result.points;
    if (points.empty())
        return;
    const QColor color = LandscapeModel::pathColors()[index % LandscapeModel::pathColors().size()];
    const std::size_t last = std::min(points.size() - 1, static_cast<std::size_t>(std::max(0, m_step)));
    // A path that runs away is drawn up to where it leaves the map: beyond that its
    // swings only cross the picture as long straight lines.
    const bool runsAway = path.result.status == RunStatus::Diverged;
    QPainterPath line(plot.toPixel(points[0].x, points[0].y));
    std::optional<QPointF> left;
    std::size_t drawn = last;
    for (std::size_t i = 1; i <= last; ++i) {
        const QPointF a = plot.toPixel(points[i - 1].x, points[i - 1].y);
        const QPointF b = plot.toPixel(points[i].x, points[i].y);
        if (!left && plot.area().contains(a) && !plot.area().contains(b)) {
            left = exitPoint(plot.area(), a, b);
            if (runsAway) {
                line.lineTo(*left);
                drawn = i - 1;
                break;
            }
        }
        line.lineTo(b);
    }
    const bool diverged = runsAway && m_step >= path.result.stop_step;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color, 2.2, LandscapeModel::pathStyle(static_cast<int>(index)), Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(line);
    painter.setPen(QPen(color, 1));
    painter.setBrush(color);
    for (std::size_t i = 1; i <= drawn; ++i)
        painter.drawEllipse(plot.toPixel(points[i].x, points[i].y), 2.2, 2.2);
    const QPointF here = plot.toPixel(points[drawn].x, points[drawn].y);
    painter.drawEllipse(here, 5, 5);
    if (diverged && !left && !plot.area().contains(here))
        left = exitPoint(plot.area(), plot.toPixel(points[0].x, points[0].y), here);
    if (!diverged && !left)
        return;
    const QPointF at = left.value_or(here);
    painter.setPen(QPen(color, 3));
    drawCross(painter, at, 7);
    if (diverged) {
        const QString text = tr("diverged at step %1").arg(path.result.stop_step);
        const QFontMetricsF metrics(painter.font());
        const QRectF box(0, 0, metrics.horizontalAdvance(text) + 8, metrics.height() + 4);
        QPointF corner = at + QPointF(10, 6);
        corner.setX(std::min(corner.x(), plot.area().right() - box.width() - 2));
        corner.setY(std::clamp(corner.y(), plot.area().top() + 2, plot.area().bottom() - box.height() - 2));
        painter.setPen(QPen(color, 1));
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawRect(box.translated(corner));
        painter.drawText(box.translated(corner), Qt::AlignCenter, text);
    }
}

QString LandscapeCanvas::pathCaption(std::size_t index) const
{
    const LandscapePath &path = m_model->pathResults()[index];
    QString caption = m_language == QLatin1String("en") ? path.label.en : path.label.ja;
    if (path.result.status == RunStatus::Diverged && m_step >= path.result.stop_step)
        caption += QStringLiteral(" — ") + tr("diverged at step %1").arg(path.result.stop_step);
    return caption;
}

void LandscapeCanvas::paintLegend(QPainter &painter, const PlotFrame &plot) const
{
    // The step shown, in the plot's corner; the legend in a strip under the axes, so it
    // never hides a path.
    const QFontMetricsF metrics(painter.font());
    const QString stepText = tr("step %1 / %2").arg(m_step).arg(m_model->maxStep());
    const QRectF stepBox(plot.area().left() + 4, plot.area().top() + 4, metrics.horizontalAdvance(stepText) + 10,
                         metrics.height() + 4);
    painter.setPen(QPen(QColor(0x999999), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRect(stepBox);
    painter.setPen(Qt::black);
    painter.drawText(stepBox, Qt::AlignCenter, stepText);
    const double row = metrics.height() + 4;
    double x = 10;
    double y = plot.area().bottom() + 40;
    for (std::size_t i = 0; i < m_model->pathResults().size(); ++i) {
        const double entry = legendEntryWidth(metrics, i);
        if (x > 10 && x + entry > width() - 10) {
            x = 10;
            y += row;
        }
        const QColor color = LandscapeModel::pathColors()[i % LandscapeModel::pathColors().size()];
        painter.setPen(QPen(color, 2.2, LandscapeModel::pathStyle(static_cast<int>(i))));
        painter.drawLine(QPointF(x, y + row / 2), QPointF(x + 28, y + row / 2));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x + 34, y, entry - 34, row), Qt::AlignVCenter, pathCaption(i));
        x += entry;
    }
}

} // namespace kobai::app
