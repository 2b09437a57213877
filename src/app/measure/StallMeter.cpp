#include "StallMeter.h"

#include <algorithm>
#include <cmath>

namespace kobai::app {

StallMeter::StallMeter(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_gaps.clear();
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_gaps.push_back(static_cast<double>(now - m_last) / 1e6);
    m_last = now;
}

double StallMeter::percentile(double p) const
{
    if (m_gaps.empty())
        return 0.0;
    std::vector<double> sorted = m_gaps;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

double StallMeter::longest() const
{
    return m_gaps.empty() ? 0.0 : *std::max_element(m_gaps.begin(), m_gaps.end());
}

} // namespace kobai::app
