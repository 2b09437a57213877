#include "StepLossPlot.h"

#include "landscape/PlotFrame.h"

#include <QPainterPath>

#include <cmath>
#include <limits>

namespace kobai::app {

std::optional<StepLossAxis> stepLossAxis(const std::vector<LandscapePath> &paths)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    // The highest loss of the paths that stay on the map: a diverging path's losses climb
    // to 1e12 and would press every other path flat against the bottom.
    double highestKept = -lo;
    for (const LandscapePath &path : paths)
        for (const TrajectoryPoint &p : path.result.points) {
            lo = std::min(lo, p.loss);
            hi = std::max(hi, p.loss);
            if (path.result.status != RunStatus::Diverged || p.step == 0)
                highestKept = std::max(highestKept, p.loss);
        }
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return std::nullopt;
    const bool logY = lo > 0;
    if (logY) {
        // Diverging paths leave through the top, a decade above the rest.
        hi = std::min(hi, highestKept * 10);
        // Losses that reach 1e-30 would squash the interesting part: show ten decades at most.
        lo = std::max(lo, hi * 1e-10);
        lo = std::pow(10.0, std::floor(std::log10(lo)));
        hi = std::pow(10.0, std::ceil(std::log10(hi)));
    } else if (hi - lo < 1e-12) {
        hi = lo + 1;
    }
    return StepLossAxis{lo, hi, logY};
}

void StepLossPlot::paint(QPainter *painter)
{
    painter->fillRect(QRectF(0, 0, width(), height()), Qt::white);
    if (!m_model || width() < 120 || height() < 80)
        return;
    const std::optional<StepLossAxis> axis = stepLossAxis(m_model->pathResults());
    if (!axis)
        return;
    const auto [lo, hi, logY] = *axis;
    const double last = std::max(1, m_model->maxStep());
    const QRectF area = QRectF(0, 0, width(), height()).adjusted(58, 28, -12, -42);
    const PlotFrame plot(area, 0, last, lo, hi, logY);
    painter->save();
    painter->setClipRect(area);
    const auto &paths = m_model->pathResults();
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const auto &points = paths[i].result.points;
        QPainterPath line;
        for (std::size_t k = 0; k < points.size(); ++k) {
            const QPointF at = plot.toPixel(points[k].step, std::max(points[k].loss, lo));
            k == 0 ? line.moveTo(at) : line.lineTo(at);
        }
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(LandscapeModel::pathColors()[i % LandscapeModel::pathColors().size()], 2,
                             LandscapeModel::pathStyle(static_cast<int>(i))));
        painter->drawPath(line);
    }
    painter->setPen(QPen(QColor(0x555555), 1, Qt::DashLine));
    painter->drawLine(plot.toPixel(m_step, lo), plot.toPixel(m_step, hi));
    painter->restore();
    plot.drawAxes(*painter, tr("step"), logY ? tr("loss (log scale)") : tr("loss"));
}

} // namespace kobai::app
