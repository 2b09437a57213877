#include "trajectory/TrajectoryRun.h"

#include "data/MiniBatchOrder.h"
#include "schedule/ScheduleSpec.h"
#include "trajectory/LossSurface.h"

#include <cmath>

namespace kobai {

namespace {

/// Empty when the point is usable, else why not.
std::string divergenceReason(double x, double y, double loss, double lr)
{
    if (!std::isfinite(x) || !std::isfinite(y) || !std::isfinite(loss))
        return "a coordinate or the loss is not finite";
    if (!std::isfinite(lr))
        return "the learning rate is not finite";
    if (std::abs(x) > trajectoryDivergenceBound || std::abs(y) > trajectoryDivergenceBound)
        return "|x| or |y| above 1e6";
    return {};
}

} // namespace

TrajectoryResult runTrajectory(const TrajectorySpec &spec)
{
    const LossSurface surface(spec.function);
    const auto optimizer = makeOptimizer<double>(spec.optimizer);
    optimizer->reset();
    const auto schedule = makeSchedule(spec.scheduler, baseLearningRate(spec.optimizer));

    TrajectoryResult result;
    // A formula has no samples: its gradient is exact at every step.
    const Eigen::Index samples = surface.sampleCount();
    Eigen::Index batch = spec.batch_size == 0 ? samples : spec.batch_size;
    if (batch > samples) {
        if (samples > 0)
            result.note = largeBatchNote(spec.batch_size, samples);
        batch = samples;
    }
    MiniBatchOrder order(samples, std::max<Eigen::Index>(batch, 1), spec.function.seed);

    Vector<double> p(2);
    p << spec.start[0], spec.start[1];
    Vector<double> g(2);
    TrajectoryPoint point{0, p(0), p(1), surface.value(p(0), p(1)), schedule->rate(), {}};
    // A start where the function overflows (quadratic a = 1e308) has no row 0 to write.
    if (std::string reason = divergenceReason(point.x, point.y, point.loss, point.lr); !reason.empty()) {
        result.status = RunStatus::Diverged;
        result.message = "diverged at step 0 (" + reason + ")";
        return result;
    }
    for (int step = 1; step <= spec.steps; ++step) {
        result.points.push_back(point);
        const std::array<double, 2> gradient =
            batch < samples ? surface.batchGradient(p(0), p(1), order.next()) : surface.gradient(p(0), p(1));
        g << gradient[0], gradient[1];
        optimizer->step(p, g, point.lr);
        const double loss = surface.value(p(0), p(1));
        schedule->step(loss);
        if (const std::string reason = divergenceReason(p(0), p(1), loss, schedule->rate()); !reason.empty()) {
            result.status = RunStatus::Diverged;
            result.stop_step = step;
            result.message = "diverged at step " + std::to_string(step) + " (" + reason + ")";
            return result;
        }
        point = {step, p(0), p(1), loss, schedule->rate(), optimizer->state(), gradient};
    }
    result.points.push_back(point);
    result.stop_step = spec.steps;
    return result;
}

} // namespace kobai
