#pragma once
// What a contour map of a loss surface shows, as plain data: the function, the view
// and how finely it is drawn. Every default and limit is defined here, once.
#include "trajectory/SurfaceSpec.h"

namespace kobai {

/// The rectangle [x0, x1] × [y0, y1] of the (x, y) plane in view; x0 < x1, y0 < y1.
struct ViewRange {
    double x0 = -1.0;
    double x1 = 1.0;
    double y0 = -1.0;
    double y1 = 1.0;

    bool contains(double x, double y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
    bool operator==(const ViewRange &) const = default;
};

/// A view's coordinates stay within ±1e6, the bound a trajectory's points keep to.
constexpr double contourCoordinateBound = 1e6;
constexpr int contourDefaultLevels = 20;
constexpr int contourMinLevels = 1;
constexpr int contourMaxLevels = 100;
constexpr int contourDefaultGrid = 200;
constexpr int contourMinGrid = 8;
constexpr int contourMaxGrid = 2000;

struct ContourSpec {
    SurfaceSpec function;
    ViewRange range;
    int levels = contourDefaultLevels; ///< contour levels, contourMinLevels … contourMaxLevels
    int grid = contourDefaultGrid;     ///< grid points per side, contourMinGrid … contourMaxGrid

    bool operator==(const ContourSpec &) const = default;
};

} // namespace kobai
