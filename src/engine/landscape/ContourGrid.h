#pragma once
// A function sampled on a regular grid over a view, the input of marching squares:
// points × points vertices, vertex (i, j) at x_i = x0 + i·(x1 − x0)/(points − 1),
// y_j = y0 + j·(y1 − y0)/(points − 1), the outermost ones on the view's border.
// Values are stored row by row (j outer, i inner); one that is not finite (a quadratic
// with a huge coefficient over a wide view) is kept, and left out of the extremes.
#include "landscape/ContourSpec.h"
#include "trajectory/LossSurface.h"

#include <array>
#include <vector>

namespace kobai {

class ContourGrid {
public:
    /// values: points² of them, values[j·points + i] at vertex (i, j); points ≥ 2.
    ContourGrid(const ViewRange &range, int points, std::vector<double> values);
    /// f at every vertex.
    static ContourGrid sample(const LossSurface &surface, const ViewRange &range, int points);

    int points() const { return points_; }
    const ViewRange &range() const { return range_; }
    double x(int i) const { return xs_[static_cast<std::size_t>(i)]; }
    double y(int j) const { return ys_[static_cast<std::size_t>(j)]; }
    double value(int i, int j) const { return values_[static_cast<std::size_t>(j) * points_ + i]; }

    /// The lowest and highest finite values: +∞ and −∞ when none is finite.
    double lowest() const { return lowest_; }
    double highest() const { return highest_; }
    /// The first vertex (in storage order) holding the lowest finite value; (x0, y0) when none is finite.
    std::array<double, 2> lowestPoint() const { return lowestPoint_; }

private:
    ViewRange range_;
    int points_;
    std::vector<double> xs_;
    std::vector<double> ys_;
    std::vector<double> values_;
    double lowest_;
    double highest_;
    std::array<double, 2> lowestPoint_;
};

} // namespace kobai
