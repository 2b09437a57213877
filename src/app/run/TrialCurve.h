#pragma once
// A search's curve against the trial number, as its charts draw it: each trial's objective
// or the best so far, in the objective's own sense (a val_acc search shows accuracy, rising;
// a val_loss search loss, falling). Diverged trials have no value of their own and are left
// out of both.
#include "search/SearchSpec.h"
#include "search/TrialRecord.h"

#include <QPointF>

#include <vector>

namespace kobai::app {

enum class TrialColumn { Objective, BestSoFar };

std::vector<QPointF> trialCurve(const std::vector<TrialRecord> &trials, TrialColumn column, SearchObjective objective);

} // namespace kobai::app
