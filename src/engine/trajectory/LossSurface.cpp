#include "trajectory/LossSurface.h"

#include <cmath>
#include <numbers>

namespace kobai {

namespace {

// Branin's constants: f = (y − b·x² + c·x − 6)² + s·cos x + 10.
constexpr double braninB = 5.1 / (4 * std::numbers::pi * std::numbers::pi);
constexpr double braninC = 5 / std::numbers::pi;
constexpr double braninS = 10 * (1 - 1 / (8 * std::numbers::pi));

} // namespace

LossSurface::LossSurface(const SurfaceSpec &spec) : spec_(spec)
{
    if (spec.kind == SurfaceKind::LinearRegression)
        model_ = std::make_shared<const LinearRegressionLoss>(spec.data, spec.seed);
}

double LossSurface::value(double x, double y) const
{
    switch (spec_.kind) {
    case SurfaceKind::Ravine:
        return x * x / 20 + y * y;
    case SurfaceKind::Rosenbrock:
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    case SurfaceKind::Beale: {
        const double a = 1.5 - x + x * y, b = 2.25 - x + x * y * y, c = 2.625 - x + x * y * y * y;
        return a * a + b * b + c * c;
    }
    case SurfaceKind::Saddle:
        return x * x - y * y;
    case SurfaceKind::Himmelblau: {
        const double a = x * x + y - 11, b = x + y * y - 7;
        return a * a + b * b;
    }
    case SurfaceKind::Quadratic:
        return spec_.a * x * x + spec_.b * y * y;
    case SurfaceKind::LinearRegression:
        return model_->value(x, y);
    case SurfaceKind::Branin: {
        const double a = y - braninB * x * x + braninC * x - 6;
        return a * a + braninS * std::cos(x) + 10;
    }
    }
    return 0.0;
}

// The ravine, Rosenbrock and Beale gradients are written exactly as the golden
// generators (tests/golden/*.py) write them, so both sides feed the optimizers
// bit-identical gradients.
std::array<double, 2> LossSurface::gradient(double x, double y) const
{
    switch (spec_.kind) {
    case SurfaceKind::Ravine:
        return {x / 10, 2 * y};
    case SurfaceKind::Rosenbrock:
        return {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)};
    case SurfaceKind::Beale: {
        const double a = 1.5 - x + x * y, b = 2.25 - x + x * y * y, c = 2.625 - x + x * y * y * y;
        return {2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1),
                2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y};
    }
    case SurfaceKind::Saddle:
        return {2 * x, -2 * y};
    case SurfaceKind::Himmelblau: {
        const double a = x * x + y - 11, b = x + y * y - 7;
        return {4 * a * x + 2 * b, 2 * a + 4 * b * y};
    }
    case SurfaceKind::Quadratic:
        return {2 * spec_.a * x, 2 * spec_.b * y};
    case SurfaceKind::LinearRegression:
        return model_->gradient(x, y);
    case SurfaceKind::Branin: {
        const double a = y - braninB * x * x + braninC * x - 6;
        return {2 * a * (-2 * braninB * x + braninC) - braninS * std::sin(x), 2 * a};
    }
    }
    return {0.0, 0.0};
}

Eigen::Index LossSurface::sampleCount() const
{
    return model_ ? model_->sampleCount() : 0;
}

std::array<double, 2> LossSurface::batchGradient(double x, double y, std::span<const Eigen::Index> rows) const
{
    return model_ ? model_->batchGradient(x, y, rows) : gradient(x, y);
}

std::array<const char *, 2> LossSurface::axisNames() const
{
    if (model_)
        return {"w", "b"};
    return {"x", "y"};
}

std::array<double, 2> LossSurface::centralDifference(double x, double y, double h) const
{
    return {(value(x + h, y) - value(x - h, y)) / (2 * h), (value(x, y + h) - value(x, y - h)) / (2 * h)};
}

// Himmelblau's three minima besides (3, 2) have no closed form; these are the roots of
// its gradient to double precision (Newton's method from the tabled 6-digit values).
std::vector<std::array<double, 2>> LossSurface::minima() const
{
    switch (spec_.kind) {
    case SurfaceKind::Ravine:
        return {{0.0, 0.0}};
    case SurfaceKind::Rosenbrock:
        return {{1.0, 1.0}};
    case SurfaceKind::Beale:
        return {{3.0, 0.5}};
    case SurfaceKind::Saddle:
        return {};
    case SurfaceKind::Himmelblau:
        return {{3.0, 2.0},
                {-2.805118086952745, 3.131312518250573},
                {-3.779310253377747, -3.2831859912861696},
                {3.5844283403304917, -1.8481265269644034}};
    case SurfaceKind::Quadratic:
        if (spec_.a > 0 && spec_.b > 0)
            return {{0.0, 0.0}};
        return {};
    case SurfaceKind::LinearRegression:
        return {model_->minimum()};
    case SurfaceKind::Branin: // where the square vanishes and cos x = −1
        return {{-std::numbers::pi, 12.275}, {std::numbers::pi, 2.275}, {3 * std::numbers::pi, 2.475}};
    }
    return {};
}

} // namespace kobai
