#pragma once
// What ExperimentRunner's worker shares with it (the Lane) and how a run's results reach
// the pending batch (the Collector); private to the runner's own sources.
#include "run/ExperimentRunner.h"

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace kobai::app {

struct ExperimentRunner::Lane {
    std::mutex mutex;
    std::condition_variable idle;
    std::optional<std::vector<RunRequest>> next; ///< the latest request, not yet taken
    quint64 generation = 0;  ///< bumped by start() and abandon(); older data is dropped
    bool firstEpochSent = false; ///< the request's first epoch has been handed on early
    bool scheduled = false;  ///< a job for this lane is queued on the workers or running
    bool working = false;    ///< that job is running a request now
    RunBatch pending;
    long long updatesProduced = 0;
    std::atomic<bool> cancel{false};
    ExperimentRunner *receiver = nullptr; ///< null once the runner is gone

    /// Has the GUI collect now rather than at the next tick, once per request (for its
    /// first epoch), so the GUI still gets about 30 batches a second. Mutex held.
    void collectSoon()
    {
        if (firstEpochSent || !receiver)
            return;
        firstEpochSent = true;
        QMetaObject::invokeMethod(receiver, &ExperimentRunner::collect, Qt::QueuedConnection);
    }
};

/// Appends one run's results to the pending batch, unless a newer request has
/// replaced the one it belongs to (then the data is stale and dropped).
class ExperimentRunner::Collector : public TrainingObserver
{
public:
    Collector(Lane &lane, quint64 generation, int run)
        : m_lane(lane), m_generation(generation), m_run(run) {}

    void onEpoch(const EpochRecord &record) override
    {
        std::lock_guard lock(m_lane.mutex);
        RunChunk *chunk = current();
        if (!chunk)
            return;
        chunk->epochs.push_back(record);
        // The first trained epoch after a knob moved is what the learner waits for: it
        // goes out now rather than at the next timer tick (up to 33 ms later).
        if (record.epoch >= 1)
            m_lane.collectSoon();
    }

    void onUpdate(long long update, int, double batchLoss) override
    {
        std::lock_guard lock(m_lane.mutex);
        if (RunChunk *chunk = current()) {
            chunk->updateLosses.emplace_back(update, batchLoss);
            m_lane.updatesProduced = update;
        }
    }

    void begin(long long trainSamples)
    {
        std::lock_guard lock(m_lane.mutex);
        m_lane.updatesProduced = 0;
        if (RunChunk *chunk = current())
            chunk->trainSamples = trainSamples;
    }

    void addSteps(std::vector<TrajectoryPoint> steps)
    {
        std::lock_guard lock(m_lane.mutex);
        if (RunChunk *chunk = current())
            chunk->steps = std::move(steps);
    }

    void addRates(const std::vector<double> &rates)
    {
        std::lock_guard lock(m_lane.mutex);
        if (RunChunk *chunk = current())
            for (std::size_t e = 0; e < rates.size(); ++e)
                chunk->epochs.push_back({.epoch = static_cast<int>(e), .lr = rates[e]});
    }

    void addSweepPoint(const SweepPoint &point)
    {
        std::lock_guard lock(m_lane.mutex);
        if (RunChunk *chunk = current())
            chunk->sweep.push_back(point);
    }

    void addNoiseRows(std::vector<GradientNoiseRow> rows)
    {
        std::lock_guard lock(m_lane.mutex);
        if (RunChunk *chunk = current())
            chunk->noise = std::move(rows);
    }

    void addScalingRows(std::vector<ScalingRow> rows)
    {
        std::lock_guard lock(m_lane.mutex);
        if (RunChunk *chunk = current())
            chunk->scaling = std::move(rows);
    }

    void addContours(std::shared_ptr<const ContourMap> contours)
    {
        std::lock_guard lock(m_lane.mutex);
        if (RunChunk *chunk = current())
            chunk->contours = std::move(contours);
    }

    /// A search's progress for updatesProduced(): one more epoch of one of its trials.
    void countEpoch()
    {
        std::lock_guard lock(m_lane.mutex);
        if (current())
            ++m_lane.updatesProduced;
    }

    void addTrial(const TrialRecord &trial)
    {
        std::lock_guard lock(m_lane.mutex);
        if (RunChunk *chunk = current()) {
            chunk->trials.push_back(trial);
            m_lane.collectSoon();
        }
    }

    void setBeliefs(std::vector<BeliefMap> beliefs)
    {
        std::lock_guard lock(m_lane.mutex);
        if (RunChunk *chunk = current())
            chunk->beliefs = std::move(beliefs);
    }

    void end(const RunOutcome &outcome)
    {
        std::lock_guard lock(m_lane.mutex);
        if (RunChunk *chunk = current())
            chunk->outcome = outcome;
    }

private:
    /// The chunk to append to (called with the mutex held), or null when stale.
    RunChunk *current()
    {
        if (m_generation != m_lane.generation)
            return nullptr;
        RunBatch &pending = m_lane.pending;
        if (pending.empty() || pending.back().run != m_run) {
            pending.emplace_back();
            pending.back().run = m_run;
        }
        return &pending.back();
    }

    Lane &m_lane;
    const quint64 m_generation;
    const int m_run;
};

} // namespace kobai::app
