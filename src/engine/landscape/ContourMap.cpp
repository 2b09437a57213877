#include "landscape/ContourMap.h"

#include "landscape/ContourGrid.h"
#include "landscape/ContourLevels.h"

#include <cmath>

namespace kobai {

namespace {

std::vector<ViewMinimum> viewMinima(const LossSurface &surface, const ContourGrid &grid)
{
    std::vector<ViewMinimum> minima;
    for (const auto &[x, y] : surface.minima())
        if (grid.range().contains(x, y))
            minima.push_back({x, y, surface.value(x, y), true});
    if (minima.empty() && std::isfinite(grid.lowest()))
        minima.push_back({grid.lowestPoint()[0], grid.lowestPoint()[1], grid.lowest(), false});
    return minima;
}

} // namespace

ContourMap computeContours(const ContourSpec &spec)
{
    const LossSurface surface(spec.function);
    const ContourGrid grid = ContourGrid::sample(surface, spec.range, spec.grid);
    ContourMap map;
    map.lowest = grid.lowest();
    map.highest = grid.highest();
    for (double level : contourLevels(grid.lowest(), grid.highest(), spec.levels))
        map.levels.push_back({level, marchingSquares(grid, level)});
    map.minima = viewMinima(surface, grid);
    return map;
}

} // namespace kobai
