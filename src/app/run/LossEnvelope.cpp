#include "LossEnvelope.h"

#include <cmath>

namespace kobai::app {

namespace {
/// Below this many points the display decimates the points themselves.
constexpr std::size_t directLimit = 16 * LossEnvelope::blockSize;
} // namespace

void LossEnvelope::append(const QPointF &point)
{
    m_points.push_back(point);
    if (m_points.size() % blockSize != 0)
        return;
    // Non-finite losses are left to the decimator, which drops them.
    const QPointF *low = nullptr;
    const QPointF *high = nullptr;
    for (auto it = m_points.end() - static_cast<std::ptrdiff_t>(blockSize); it != m_points.end(); ++it) {
        if (!std::isfinite(it->y()))
            continue;
        if (!low || it->y() < low->y())
            low = &*it;
        if (!high || it->y() > high->y())
            high = &*it;
    }
    if (!low)
        return;
    m_blockExtremes.push_back(low->x() <= high->x() ? *low : *high);
    if (low != high)
        m_blockExtremes.push_back(low->x() <= high->x() ? *high : *low);
}

std::vector<QPointF> LossEnvelope::forDisplay() const
{
    if (m_points.size() <= directLimit)
        return m_points;
    std::vector<QPointF> shown = m_blockExtremes;
    const std::size_t finished = m_points.size() - m_points.size() % blockSize;
    shown.insert(shown.end(), m_points.begin() + static_cast<std::ptrdiff_t>(finished), m_points.end());
    return shown;
}

} // namespace kobai::app
