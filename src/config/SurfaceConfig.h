#pragma once
// The "function" of a trajectory or contours experiment: a name ("rosenbrock") or an object
// with arguments ({"name": "quadratic", "a": 1, "b": 10}); a model's loss names its data
// as a training experiment does ({"name": "linear_regression", "n": 1000, "noise": 0.5,
// "seed": 0}: the keys of the "linear" dataset, its split, and the seed).
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
