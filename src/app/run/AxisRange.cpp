#include "AxisRange.h"

#include <algorithm>
#include <cmath>

namespace kobai::app {

namespace {

/// Far enough inside double's range that headroom and tick arithmetic stay finite.
constexpr double largest = 1e300;
/// The smallest bound a log axis gets: normal doubles only (log10 of a subnormal is fine,
/// but dividing it for headroom would reach 0).
constexpr double smallestPositive = 1e-300;

AxisRange linearRange(double low, double high, bool headroom)
{
    if (!std::isfinite(low) && !std::isfinite(high))
        return {};
    if (!std::isfinite(low))
        low = high;
    if (!std::isfinite(high))
        high = low;
    if (low > high)
        std::swap(low, high);
    low = std::clamp(low, -largest, largest);
    high = std::clamp(high, -largest, largest);
    if (high > low && !headroom)
        return {low, high};
    const double pad = high > low ? 0.05 * (high - low) : std::max(std::abs(high) * 0.1, 1e-3);
    return {low - pad, high + pad};
}

AxisRange logRange(double low, double high, bool headroom)
{
    const bool lowUsable = std::isfinite(low) && low > 0.0;
    const bool highUsable = std::isfinite(high) && high > 0.0;
    if (!lowUsable && !highUsable)
        return {0.1, 10.0};
    if (!lowUsable)
        low = high;
    if (!highUsable)
        high = low;
    if (low > high)
        std::swap(low, high);
    low = std::clamp(low, smallestPositive, largest);
    high = std::clamp(high, smallestPositive, largest);
    if (high > low && !headroom)
        return {low, high};
    return {low / 1.5, high * 1.5};
}

} // namespace

AxisRange axisRange(double low, double high, bool log, bool headroom)
{
    return log ? logRange(low, high, headroom) : linearRange(low, high, headroom);
}

} // namespace kobai::app
