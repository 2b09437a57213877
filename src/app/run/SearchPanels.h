#pragma once
// Which belief maps a lesson's search panels need from a Bayesian search's run, and which of
// them one panel draws: the run makes them in the order of the lesson's panels.
#include "run/ExperimentRunner.h"

#include "Lesson.h"

#include <vector>

namespace kobai::app {

/// The dimension pairs of every panel of `experiment` that draws a map (mean, sd or ei).
std::vector<BeliefAxes> beliefAxes(const config::Lesson &lesson, const QString &experiment);
/// Where the maps of panel `panel` are in its run's RunTrace::beliefs; -1 when it draws none.
int beliefIndex(const config::Lesson &lesson, int panel);

} // namespace kobai::app
