#pragma once
// A schedule on its own, without a model: the rate in effect during each epoch,
// for plotting and comparing schedules (experiment kind "schedule").
#include "schedule/ScheduleSpec.h"

#include <vector>

namespace kobai {

struct ScheduleRunSpec {
    double lr = 0.1;    ///< the base rate
    int epochs = 100;   ///< rows, when no metrics are given
    OptionalScheduleSpec scheduler;
    /// The monitored values fed to step() one per epoch (ReduceLROnPlateau); when
    /// given, one row per value.
    std::vector<double> metrics;
};

/// Row e is the rate in effect during epoch e; the schedule is stepped after each
/// epoch with metrics[e] (0 when there are no metrics).
std::vector<double> scheduleRates(const ScheduleRunSpec &spec);

} // namespace kobai
