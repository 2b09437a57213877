#pragma once
// Everything the latest run of one experiment produced, kept in full as the worker's
// batches arrive: the charts read it decimated, the progress line and the run
// outcomes read it as it grows.
#include "run/ExperimentRunner.h"
#include "run/LossEnvelope.h"

#include <QString>

#include <optional>
#include <vector>

namespace kobai::app {

struct RunTrace {
    std::vector<EpochRecord> epochs;
    LossEnvelope updateLosses;
    std::vector<TrajectoryPoint> steps;
    std::vector<SweepPoint> sweep;
    std::vector<GradientNoiseRow> noise;
    std::vector<ScalingRow> scaling; ///< a scaling curve's, one per worker count
    std::vector<TrialRecord> trials; ///< a search's, in trial order
    std::vector<BeliefMap> beliefs;  ///< a Bayesian search's latest, one per RunRequest::beliefAxes
    long long trainSamples = -1;
    std::optional<RunOutcome> outcome;

    /// Appends what one chunk of a batch brought for this run.
    void add(const RunChunk &chunk);
};

/// How a run ended as QML names it: "failed" when it never started, else the engine's
/// name of its status (runStatusName).
QString outcomeStatusName(const RunOutcome &outcome);

} // namespace kobai::app
