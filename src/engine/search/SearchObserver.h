#pragma once
// What a search tells its watcher (lesson 11's charts, kobai-run's CSV) while it runs.
// The first three calls come from the worker thread running that trial, so calls for
// different trials arrive at the same time and in no fixed order: an implementation locks
// what it shares and hands the data to its own thread. onTrialRecorded comes from the
// thread that called runSearch, in trial order.
#include "search/TrialRecord.h"
#include "train/TrainingRun.h"

#include <vector>

namespace kobai {

class SearchObserver {
public:
    virtual ~SearchObserver() = default;
    /// Trial `trial` starts at these values (one per space key).
    virtual void onTrialStarted(int /*trial*/, const std::vector<double> & /*values*/) {}
    /// Each epoch row of a training trial, as it comes.
    virtual void onTrialEpoch(int /*trial*/, const EpochRecord &) {}
    /// The trial's record once it ended. A diverged trial's objective is settled only when
    /// its batch has ended (the worst seen then): here it is the worst seen before its batch.
    virtual void onTrialFinished(const TrialRecord &) {}
    /// Each trial's final record, as SearchResult keeps it, once its batch has ended: on
    /// the search's own thread, in trial order (a trial the cancellation stopped never comes).
    virtual void onTrialRecorded(const TrialRecord &) {}
};

} // namespace kobai
