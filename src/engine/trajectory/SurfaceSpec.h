#pragma once
// The 2-D functions a learner can watch an optimizer walk on, as plain data.
namespace kobai {

enum class SurfaceKind { Ravine, Rosenbrock, Beale, Saddle, Himmelblau, Quadratic };

struct SurfaceSpec {
    SurfaceKind kind = SurfaceKind::Ravine;
    /// Quadratic only: f = a·x² + b·y².
    double a = 1.0;
    double b = 10.0;

    bool operator==(const SurfaceSpec &) const = default;
};

} // namespace kobai
