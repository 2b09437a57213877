#include "search/SearchSpace.h"

#include <algorithm>
#include <cmath>

namespace kobai {

double SearchDimension::valueAt(double u) const
{
    u = std::clamp(u, 0.0, 1.0);
    switch (scale) {
    case DimensionScale::Linear:
        return u >= 1.0 ? high : low + (high - low) * u;
    case DimensionScale::Log:
        return u >= 1.0 ? high : std::exp(std::log(low) + (std::log(high) - std::log(low)) * u);
    case DimensionScale::Choice:
        break;
    }
    const auto n = static_cast<std::ptrdiff_t>(choices.size());
    return choices[static_cast<std::size_t>(std::min<std::ptrdiff_t>(n - 1, static_cast<std::ptrdiff_t>(u * n)))];
}

double SearchDimension::unitOf(double value) const
{
    switch (scale) {
    case DimensionScale::Linear:
        return (value - low) / (high - low);
    case DimensionScale::Log:
        return (std::log(value) - std::log(low)) / (std::log(high) - std::log(low));
    case DimensionScale::Choice:
        break;
    }
    const auto at = std::find(choices.begin(), choices.end(), value);
    return (static_cast<double>(at - choices.begin()) + 0.5) / static_cast<double>(choices.size());
}

} // namespace kobai
