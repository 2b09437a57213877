#include "TrialCurve.h"

#include <algorithm>
#include <optional>

namespace kobai::app {

std::vector<QPointF> trialCurve(const std::vector<TrialRecord> &trials, TrialColumn column, SearchObjective objective)
{
    const double sense = objective == SearchObjective::ValAcc ? -1.0 : 1.0;
    std::vector<QPointF> points;
    std::optional<double> best;
    for (const TrialRecord &trial : trials) {
        if (trial.status == TrialStatus::Diverged)
            continue;
        best = best ? std::min(*best, trial.objective) : trial.objective;
        points.emplace_back(trial.trial, sense * (column == TrialColumn::BestSoFar ? *best : trial.objective));
    }
    return points;
}

} // namespace kobai::app
