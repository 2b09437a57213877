#pragma once
// A contour map of a loss surface over a view, the picture behind the trajectory lessons:
// f sampled on a grid (ContourGrid), log-spaced levels between the grid's lowest and
// highest values (contourLevels), each level's segments by marching squares, and where
// the minimum lies in view.
#include "landscape/ContourSpec.h"
#include "landscape/MarchingSquares.h"

#include <vector>

namespace kobai {

struct ContourLevel {
    double value = 0.0;
    std::vector<ContourSegment> segments;
};

/// A point marking the bottom of the view.
struct ViewMinimum {
    double x = 0.0;
    double y = 0.0;
    double value = 0.0; ///< f there
    bool known = true;  ///< a minimum of the function; false: the grid's lowest point
};

struct ContourMap {
    double lowest = 0.0;  ///< over the grid's finite values
    double highest = 0.0; ///< over the grid's finite values
    std::vector<ContourLevel> levels;
    /// The function's known minima inside the view; when none lies there (or the function
    /// has none, as the saddle), the grid's lowest point alone. Empty when no grid value is finite.
    std::vector<ViewMinimum> minima;
};

ContourMap computeContours(const ContourSpec &spec);

} // namespace kobai
