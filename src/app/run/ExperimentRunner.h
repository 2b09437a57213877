#pragma once
// The app's one way to run engine work off the GUI thread. A runner is one target (the
// open lesson, a question's curve, a landscape): it runs that target's experiments one
// after another on the process's RunWorkers and hands the results to the GUI thread in
// batches. One cancellation model: a new request cancels the target's running one, and
// abandon() (the target closed) drops whatever it still produces; the engine sees both
// as its cancel flag, checked between updates. One throttle: the worker never signals per
// update; it appends to a pending batch under a mutex, and a GUI-thread timer collects
// that batch at most ~30 times a second, so a slow GUI skips frames instead of queueing them.
#include "Experiment.h"
#include "landscape/ContourMap.h"
#include "parallel/ScalingCurve.h"
#include "search/BeliefMap.h"
#include "search/TrialRecord.h"
#include "train/TrainingRun.h"
#include "trajectory/TrajectoryRun.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace kobai::app {

/// Two dimensions of a search's space (indices into its dimensions) whose belief map a
/// picture draws.
using BeliefAxes = std::pair<int, int>;

/// One experiment to run; the name labels it in messages.
struct RunRequest {
    QString name;
    config::Experiment experiment;
    /// A Bayesian search only: the maps of what its Gaussian process believes, made after
    /// each proposal over these pairs of dimensions (RunChunk::beliefs, in this order).
    std::vector<BeliefAxes> beliefAxes = {};
};

/// How a run ended, as the charts and the status line need it.
struct RunOutcome {
    RunStatus status = RunStatus::Finished;
    int stopEpoch = 0;
    long long stopUpdate = 0;
    QString message; ///< the engine's message, or why the data could not be made
    bool failed = false; ///< the run never started (its data could not be made)
};

/// One training run of a sweep, by its last epoch.
struct SweepPoint {
    double value = 0.0; ///< the swept field's value
    EpochRecord last;
    /// The run diverged: `last` is its last finite epoch, not a final loss, and is not
    /// plotted (kobai-run's sweep CSV leaves its cells empty).
    bool diverged = false;
};

/// What one run produced since the previous batch. A training run streams epochs and
/// update losses; a schedule gives epochs with the rate only; a trajectory its steps;
/// a sweep one point per finished training run; a contour map itself, whole; a
/// gradient-noise measurement its training's epochs, then one row per batch size; a
/// scaling curve one row per worker count, whole; a search each trial once its batch has ended and, when asked, the belief maps made at
/// each proposal (the latest replace the earlier ones).
struct RunChunk {
    int run = 0;                  ///< index in the request list
    long long trainSamples = -1;  ///< set in a training run's first chunk
    std::vector<EpochRecord> epochs;
    std::vector<std::pair<long long, double>> updateLosses; ///< (update number from 1, mini-batch loss)
    std::vector<TrajectoryPoint> steps;
    std::vector<SweepPoint> sweep;
    std::vector<GradientNoiseRow> noise;
    std::vector<ScalingRow> scaling;
    std::shared_ptr<const ContourMap> contours;
    std::vector<TrialRecord> trials;
    std::optional<std::vector<BeliefMap>> beliefs; ///< one per RunRequest::beliefAxes
    std::optional<RunOutcome> outcome; ///< set in the run's last chunk
};

using RunBatch = std::vector<RunChunk>;

class ExperimentRunner : public QObject
{
    Q_OBJECT

public:
    /// The GUI receives batches at most this often.
    static constexpr int flushIntervalMs = 33;

    explicit ExperimentRunner(QObject *parent = nullptr);
    /// Cancels the current run and waits until the worker has left it (one update).
    ~ExperimentRunner() override;

    /// Cancels whatever runs and starts these, one after another. Data of the
    /// cancelled request never reaches the GUI after this call.
    void start(std::vector<RunRequest> runs);
    /// Cancels the current request; its runs end with RunStatus::Cancelled.
    void stop();
    /// Cancels the current request and drops whatever it still produces (the lesson
    /// it belonged to has been closed).
    void abandon();

    /// True from start() until the last run's outcome has been delivered.
    bool isRunning() const { return m_running; }
    /// Updates the worker has performed in the current run (a search: epochs its trials
    /// have finished, on all its workers); lets a caller check in update counts (not
    /// milliseconds) how soon a cancellation takes effect.
    long long updatesProduced() const;

signals:
    void batchReady(const kobai::app::RunBatch &batch);
    void runningChanged();

private:
    struct Lane;
    class Collector;

    static void serve(const std::shared_ptr<Lane> &lane);
    static void runAll(Lane &lane, const std::vector<RunRequest> &runs, quint64 generation);
    static RunOutcome runOne(Lane &lane, const RunRequest &request, Collector &collector);
    static RunOutcome runSweep(Lane &lane, const config::SweepSpec &sweep, Collector &collector);
    /// ExperimentRunnerSearch.cpp.
    static RunOutcome runSearch(Lane &lane, const RunRequest &request, Collector &collector);
    void collect();
    void setRunning(bool running);

    /// What the worker shares with this runner; it outlives the runner while a job holds it.
    std::shared_ptr<Lane> m_lane;
    QTimer m_flushTimer;
    bool m_running = false;
};

} // namespace kobai::app
