#pragma once
// The "function" of a trajectory or contours experiment: a name ("rosenbrock") or an object
// with arguments ({"name": "quadratic", "a": 1, "b": 10}).
#include "ObjectReader.h"

#include "trajectory/SurfaceSpec.h"

#include <QStringList>

namespace kobai::config {

/// In the order of SurfaceKind.
const QStringList &functionNames();

/// The required "function" key of root.
SurfaceSpec readFunction(ObjectReader &root);

/// A name, or an object with the arguments for the quadratic.
QJsonValue functionToJson(const SurfaceSpec &function);

} // namespace kobai::config
