#pragma once
// Marching squares: the 2-D case of marching cubes (W. E. Lorensen and H. E. Cline,
// "Marching cubes: a high resolution 3D surface construction algorithm", SIGGRAPH 1987).
// Each grid cell is classified by which of its four corners lie above the level
// (f > level; a corner exactly at the level counts as below), giving one of 16 cases; a
// lookup table says which cell edges the contour crosses and how they pair into
// segments. The crossing on an edge from vertex a to vertex b is linearly interpolated,
//   p = a + t·(b − a),  t = (level − f_a)/(f_b − f_a),
// always from the vertex with the lower index, so the two cells sharing an edge compute
// the same point to the last bit and segments join exactly into polylines.
// Saddle cells (two diagonal corners above, two below: cases 5 and 10) are ambiguous;
// the rule here decides by the mean of the four corners, the bilinear patch's value at
// the centre: when it is above the level the two high corners are joined through the
// middle, otherwise the two low ones. The decision is local to the cell, so it cannot
// contradict a neighbour's. Cells with a corner that is not finite, and segments of zero
// length (a contour passing exactly through a grid point), are left out.
#include "landscape/ContourGrid.h"

#include <vector>

namespace kobai {

struct ContourSegment {
    double x0 = 0.0;
    double y0 = 0.0;
    double x1 = 0.0;
    double y1 = 0.0;
};

/// The segments of the contour f = level over the grid, cell by cell, in no particular order.
std::vector<ContourSegment> marchingSquares(const ContourGrid &grid, double level);

} // namespace kobai
