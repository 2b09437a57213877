#pragma once
// The 2-D functions a learner can watch an optimizer walk on, as plain data: formulas of
// (x, y), and the loss of a model over its two parameters.
#include "data/DatasetSpec.h"

#include <cstdint>

namespace kobai {

enum class SurfaceKind { Ravine, Rosenbrock, Beale, Saddle, Himmelblau, Quadratic, LinearRegression, Branin };

struct SurfaceSpec {
    SurfaceKind kind = SurfaceKind::Ravine;
    /// Quadratic only: f = a·x² + b·y².
    double a = 1.0;
    double b = 10.0;
    /// LinearRegression only: the dataset and seed whose training part the loss is over,
    /// read exactly as a training experiment's "linear" dataset and seed.
    LinearDataOptions data;
    std::uint64_t seed = 0;

    bool operator==(const SurfaceSpec &) const = default;
};

} // namespace kobai
