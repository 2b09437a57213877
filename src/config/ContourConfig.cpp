#include "ContourConfig.h"

#include "SurfaceConfig.h"

namespace kobai::config {

namespace {

const Range coordinate = Range::atLeast(-contourCoordinateBound).upTo(contourCoordinateBound);

/// range[axis] = [lo, hi] with lo < hi, each coordinate within the bound.
std::array<double, 2> readInterval(const ObjectReader &root, const QJsonValue &value, int axis)
{
    const QString field = QStringLiteral("%1[%2]").arg(root.field("range")).arg(axis);
    const QString lo = axis == 0 ? QStringLiteral("x0") : QStringLiteral("y0");
    const QString hi = axis == 0 ? QStringLiteral("x1") : QStringLiteral("y1");
    const QJsonArray pair = value.toArray();
    if (!value.isArray() || pair.size() != 2)
        throw ConfigError(root.file(), field, showValue(value),
                          QStringLiteral("an array of 2 numbers [%1, %2], each %3").arg(lo, hi, describe(coordinate)));
    std::array<double, 2> interval{};
    for (int k = 0; k < 2; ++k) {
        if (!pair[k].isDouble() || !coordinate.contains(pair[k].toDouble()))
            throw ConfigError(root.file(), QStringLiteral("%1[%2]").arg(field).arg(k), showValue(pair[k]),
                              describe(coordinate));
        interval[static_cast<std::size_t>(k)] = pair[k].toDouble();
    }
    if (!(interval[0] < interval[1]))
        throw ConfigError(root.file(), field, showValue(value), QStringLiteral("[%1, %2] with %1 < %2").arg(lo, hi));
    return interval;
}

ViewRange readRange(ObjectReader &root)
{
    const QString expected = QStringLiteral("[[x0, x1], [y0, y1]] with x0 < x1 and y0 < y1");
    if (!root.has("range"))
        root.fail("range", expected + QStringLiteral(" (required)"));
    const QJsonValue value = root.raw("range");
    if (!value.isArray() || value.toArray().size() != 2)
        root.fail("range", expected);
    const std::array<double, 2> x = readInterval(root, value.toArray()[0], 0);
    const std::array<double, 2> y = readInterval(root, value.toArray()[1], 1);
    return {x[0], x[1], y[0], y[1]};
}

} // namespace

ContourSpec readContours(ObjectReader &root)
{
    ContourSpec spec;
    spec.function = readFunction(root);
    spec.range = readRange(root);
    root.read("levels", spec.levels, Range::integerBetween(contourMinLevels, contourMaxLevels));
    root.read("grid", spec.grid, Range::integerBetween(contourMinGrid, contourMaxGrid));
    return spec;
}

QJsonObject contoursToJson(const ContourSpec &spec)
{
    const ViewRange &r = spec.range;
    return QJsonObject{
        {"function", functionToJson(spec.function)},
        {"range", QJsonArray{QJsonArray{r.x0, r.x1}, QJsonArray{r.y0, r.y1}}},
        {"levels", spec.levels},
        {"grid", spec.grid},
    };
}

} // namespace kobai::config
