#pragma once
// Runs one optimizer (over a 2-element parameter buffer) on a 2-D loss surface:
// at each step the gradient at the current point, one optimizer step with the
// schedule's rate, then the schedule steps with the new point's function value.
// Every point keeps the optimizer's state after the step that reached it, for the
// step-through view. On a model's loss (linear_regression) each step may use the gradient
// of a mini-batch only, in the trainer's order; the recorded loss is always the whole
// training set's, the bowl drawn by the contours.
#include "optim/OptimizerSpec.h"
#include "schedule/ScheduleSpec.h"
#include "train/TrainingRun.h"
#include "trajectory/SurfaceSpec.h"

#include <array>
#include <string>
#include <vector>

namespace kobai {

struct TrajectorySpec {
    SurfaceSpec function;
    std::array<double, 2> start{0.0, 0.0};
    int steps = 100;
    OptimizerSpec optimizer = SgdOptions{};
    OptionalScheduleSpec scheduler; ///< none: the optimizer's rate throughout
    /// A model's loss only: samples per update; 0 (or more than the training set) = all of
    /// them, batch gradient descent; 1 = stochastic gradient descent.
    long batch_size = 0;
};

struct TrajectoryPoint {
    int step = 0;
    double x = 0.0;
    double y = 0.0;
    double loss = 0.0;
    double lr = 0.0; ///< the rate of the step from this point to the next
    std::vector<OptimizerStateVector> state; ///< after the step that reached this point (empty at step 0)
    std::array<double, 2> gradient{0.0, 0.0}; ///< the g of the step that reached this point (zero at step 0)
};

struct TrajectoryResult {
    RunStatus status = RunStatus::Finished; ///< Finished or Diverged
    int stop_step = 0;                      ///< the last step taken
    std::string message;                    ///< e.g. "diverged at step 12 (|x| or |y| above 1e6)"
    std::string note;                       ///< e.g. a batch larger than the data, clamped
    std::vector<TrajectoryPoint> points;    ///< the start and every finite point after it
};

/// A point leaves the rails when a coordinate or the loss is not finite, or when
/// |x| or |y| exceeds this; the point is not recorded.
constexpr double trajectoryDivergenceBound = 1e6;

TrajectoryResult runTrajectory(const TrajectorySpec &spec);

} // namespace kobai
