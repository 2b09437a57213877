#include "landscape/MarchingSquares.h"

#include <array>
#include <cmath>

namespace kobai {

namespace {

enum Edge : int { Bottom, Right, Top, Left, None };

/// The edge pairs of each case; bit 1 bottom-left, 2 bottom-right, 4 top-right, 8 top-left
/// corner above the level. Saddle cases 5 and 10 list the pairing with a low centre.
constexpr std::array<std::array<Edge, 4>, 16> edgePairs{{
    {None, None, None, None},     // 0
    {Left, Bottom, None, None},   // 1
    {Bottom, Right, None, None},  // 2
    {Left, Right, None, None},    // 3
    {Right, Top, None, None},     // 4
    {Left, Bottom, Right, Top},   // 5: the high corners cut off
    {Bottom, Top, None, None},    // 6
    {Left, Top, None, None},      // 7
    {Top, Left, None, None},      // 8
    {Bottom, Top, None, None},    // 9
    {Bottom, Right, Top, Left},   // 10: the high corners cut off
    {Right, Top, None, None},     // 11
    {Left, Right, None, None},    // 12
    {Bottom, Right, None, None},  // 13
    {Left, Bottom, None, None},   // 14
    {None, None, None, None},     // 15
}};

/// With a high centre a saddle cell joins its high corners, so it cuts off the low ones:
/// case 5 then pairs as case 10 does with a low centre, and the other way round.
int saddleCase(int cell, double centre, double level)
{
    if ((cell == 5 || cell == 10) && centre > level)
        return 15 - cell;
    return cell;
}

struct Point {
    double x;
    double y;
};

class CellEdges {
public:
    CellEdges(const ContourGrid &grid, int i, int j, double level) : grid_(grid), i_(i), j_(j), level_(level) {}

    Point crossing(Edge edge) const
    {
        switch (edge) {
        case Bottom:
            return interpolate(i_, j_, i_ + 1, j_);
        case Right:
            return interpolate(i_ + 1, j_, i_ + 1, j_ + 1);
        case Top:
            return interpolate(i_, j_ + 1, i_ + 1, j_ + 1);
        case Left:
        case None:
            break;
        }
        return interpolate(i_, j_, i_, j_ + 1);
    }

private:
    /// From vertex (ia, ja) to (ib, jb), the lower index first.
    Point interpolate(int ia, int ja, int ib, int jb) const
    {
        const double fa = grid_.value(ia, ja), fb = grid_.value(ib, jb);
        const double t = (level_ - fa) / (fb - fa);
        return {grid_.x(ia) + t * (grid_.x(ib) - grid_.x(ia)), grid_.y(ja) + t * (grid_.y(jb) - grid_.y(ja))};
    }

    const ContourGrid &grid_;
    int i_;
    int j_;
    double level_;
};

} // namespace

std::vector<ContourSegment> marchingSquares(const ContourGrid &grid, double level)
{
    std::vector<ContourSegment> segments;
    const int cells = grid.points() - 1;
    for (int j = 0; j < cells; ++j)
        for (int i = 0; i < cells; ++i) {
            const std::array<double, 4> corners{grid.value(i, j), grid.value(i + 1, j), grid.value(i + 1, j + 1),
                                                grid.value(i, j + 1)};
            int cell = 0;
            bool finite = true;
            for (int c = 0; c < 4; ++c) {
                finite = finite && std::isfinite(corners[static_cast<std::size_t>(c)]);
                cell |= corners[static_cast<std::size_t>(c)] > level ? 1 << c : 0;
            }
            if (!finite || cell == 0 || cell == 15)
                continue;
            const double centre = (corners[0] + corners[1] + corners[2] + corners[3]) / 4;
            const std::array<Edge, 4> &pairs = edgePairs[static_cast<std::size_t>(saddleCase(cell, centre, level))];
            const CellEdges edges(grid, i, j, level);
            for (std::size_t p = 0; p < 4 && pairs[p] != None; p += 2) {
                const Point a = edges.crossing(pairs[p]), b = edges.crossing(pairs[p + 1]);
                if (a.x != b.x || a.y != b.y)
                    segments.push_back({a.x, a.y, b.x, b.y});
            }
        }
    return segments;
}

} // namespace kobai
