#pragma once
// The keys of a "contours" experiment (docs/experiments.md): the function, the view
// "range": [[x0, x1], [y0, y1]], "levels" and "grid", with located errors.
#include "ObjectReader.h"

#include "landscape/ContourSpec.h"

namespace kobai::config {

ContourSpec readContours(ObjectReader &root);

QJsonObject contoursToJson(const ContourSpec &spec);

} // namespace kobai::config
