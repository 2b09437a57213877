#include "SeriesDecimator.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kobai::app {

SeriesDecimator::SeriesDecimator(int pixels, bool logY, bool logX)
    : m_pixels(std::max(pixels, 2)), m_logY(logY), m_logX(logX) {}

bool SeriesDecimator::drawable(const QPointF &point) const
{
    return std::isfinite(point.x()) && std::isfinite(point.y()) && (!m_logY || point.y() > 0.0)
        && (!m_logX || point.x() > 0.0);
}

QList<QPointF> SeriesDecimator::decimate(std::span<const QPointF> points) const
{
    std::vector<QPointF> drawn;
    drawn.reserve(points.size());
    for (const QPointF &p : points)
        if (drawable(p))
            drawn.push_back(p);
    QList<QPointF> kept;
    if (drawn.size() <= static_cast<std::size_t>(m_pixels)) {
        kept = QList<QPointF>(drawn.begin(), drawn.end());
        return kept;
    }
    const int buckets = m_pixels / 2;
    const double x0 = drawn.front().x();
    const double width = drawn.back().x() - x0;
    const auto bucketOf = [&](const QPointF &p) {
        return width > 0.0 ? std::min(static_cast<int>((p.x() - x0) / width * buckets), buckets - 1) : 0;
    };
    kept.reserve(2 * buckets);
    auto begin = drawn.begin();
    while (begin != drawn.end()) {
        const int bucket = bucketOf(*begin);
        auto end = std::find_if(begin, drawn.end(), [&](const QPointF &p) { return bucketOf(p) != bucket; });
        const auto [low, high] = std::minmax_element(begin, end, [](const QPointF &a, const QPointF &b) {
            return a.y() < b.y();
        });
        const auto first = std::min(low, high);
        const auto second = std::max(low, high);
        kept.append(*first);
        if (second != first)
            kept.append(*second);
        begin = end;
    }
    return kept;
}

} // namespace kobai::app
