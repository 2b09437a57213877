#include "landscape/ContourLevels.h"

#include <algorithm>
#include <cmath>

namespace kobai {

std::vector<double> contourLevels(double fMin, double fMax, int count)
{
    const double span = fMax - fMin;
    if (!(span > 0) || !std::isfinite(span))
        return {};
    std::vector<double> levels;
    levels.reserve(static_cast<std::size_t>(count));
    for (int k = 0; k < count; ++k) {
        const double exponent = count == 1 ? -2.0 : 2.0 * k / (count - 1) - 2.0;
        levels.push_back(std::min(fMin + span * std::pow(10.0, exponent), fMax));
    }
    if (count > 1)
        levels.back() = fMax; // fMin + (fMax − fMin) can miss fMax by a rounding
    return levels;
}

} // namespace kobai
