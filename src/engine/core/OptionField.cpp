#include "core/OptionField.h"

#include <cmath>

namespace kobai {

bool ValueRange::contains(double value) const
{
    if (!std::isfinite(value))
        return false;
    if (integer && value != std::floor(value))
        return false;
    const bool aboveMin = minInclusive ? value >= min : value > min;
    const bool belowMax = maxInclusive ? value <= max : value < max;
    return aboveMin && belowMax;
}

} // namespace kobai
