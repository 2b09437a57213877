#include "landscape/ContourGrid.h"

#include <cassert>
#include <cmath>
#include <limits>

namespace kobai {

namespace {

/// points coordinates from lo to hi, the last one exactly hi.
std::vector<double> axis(double lo, double hi, int points)
{
    std::vector<double> out(static_cast<std::size_t>(points));
    for (int k = 0; k < points; ++k)
        out[static_cast<std::size_t>(k)] = lo + (hi - lo) * k / (points - 1);
    out.back() = hi;
    return out;
}

} // namespace

ContourGrid::ContourGrid(const ViewRange &range, int points, std::vector<double> values)
    : range_(range), points_(points), xs_(axis(range.x0, range.x1, points)), ys_(axis(range.y0, range.y1, points)),
      values_(std::move(values)), lowest_(std::numeric_limits<double>::infinity()), highest_(-lowest_),
      lowestPoint_{range.x0, range.y0}
{
    assert(points >= 2 && values_.size() == static_cast<std::size_t>(points) * points);
    for (int j = 0; j < points_; ++j)
        for (int i = 0; i < points_; ++i) {
            const double f = value(i, j);
            if (!std::isfinite(f))
                continue;
            if (f < lowest_) {
                lowest_ = f;
                lowestPoint_ = {x(i), y(j)};
            }
            highest_ = std::max(highest_, f);
        }
}

ContourGrid ContourGrid::sample(const LossSurface &surface, const ViewRange &range, int points)
{
    const std::vector<double> xs = axis(range.x0, range.x1, points);
    const std::vector<double> ys = axis(range.y0, range.y1, points);
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(points) * points);
    for (double y : ys)
        for (double x : xs)
            values.push_back(surface.value(x, y));
    return ContourGrid(range, points, std::move(values));
}

} // namespace kobai
