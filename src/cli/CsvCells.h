#pragma once
// A CSV cell that may be missing (an accuracy of a regression, the losses of a diverged
// run): the separator, then the number with %.17g so a double survives the trip, or nothing.
#include <cstdio>
#include <optional>

namespace kobai::cli {

inline void writeOptionalCell(std::FILE *out, const std::optional<double> &value)
{
    std::fputc(',', out);
    if (value)
        std::fprintf(out, "%.17g", *value);
}

} // namespace kobai::cli
