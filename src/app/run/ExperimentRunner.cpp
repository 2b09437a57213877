#include "ExperimentRunner.h"

#include "run/RunWorkers.h"
#include "run/RunnerLane.h"

#include "data/DatasetCache.h"
#include "landscape/ContourCache.h"
#include "schedule/ScheduleRun.h"


namespace kobai::app {

namespace {

/// One cache for every landscape: flipping between lessons redraws from it.
ContourCache &sharedContourCache()
{
    static ContourCache cache;
    return cache;
}

} // namespace

ExperimentRunner::ExperimentRunner(QObject *parent)
    : QObject(parent), m_lane(std::make_shared<Lane>())
{
    m_lane->receiver = this;
    m_flushTimer.setInterval(flushIntervalMs);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_flushTimer, &QTimer::timeout, this, &ExperimentRunner::collect);
}

ExperimentRunner::~ExperimentRunner()
{
    std::unique_lock lock(m_lane->mutex);
    m_lane->receiver = nullptr;
    m_lane->next.reset();
    ++m_lane->generation;
    m_lane->cancel = true;
    // The engine stops within one update. A job still queued behind other runners' work
    // is not waited for: it will find nothing to do.
    m_lane->idle.wait(lock, [this] { return !m_lane->working; });
}

void ExperimentRunner::start(std::vector<RunRequest> runs)
{
    bool post = false;
    {
        std::lock_guard lock(m_lane->mutex);
        m_lane->next = std::move(runs);
        ++m_lane->generation;
        m_lane->firstEpochSent = false;
        m_lane->pending.clear();
        m_lane->cancel = true;
        // One job per lane at a time keeps a target's runs in order; a running job takes
        // the new request itself when the cancelled one has ended.
        post = !m_lane->scheduled;
        m_lane->scheduled = true;
    }
    if (post)
        RunWorkers::processWide().post([lane = m_lane] { serve(lane); });
    setRunning(true);
    m_flushTimer.start();
}

void ExperimentRunner::stop()
{
    std::lock_guard lock(m_lane->mutex);
    m_lane->next.reset();
    m_lane->cancel = true;
}

void ExperimentRunner::abandon()
{
    std::lock_guard lock(m_lane->mutex);
    m_lane->next.reset();
    ++m_lane->generation;
    m_lane->pending.clear();
    m_lane->cancel = true;
}

long long ExperimentRunner::updatesProduced() const
{
    std::lock_guard lock(m_lane->mutex);
    return m_lane->updatesProduced;
}

void ExperimentRunner::serve(const std::shared_ptr<Lane> &lane)
{
    for (;;) {
        std::vector<RunRequest> runs;
        quint64 generation = 0;
        {
            std::lock_guard lock(lane->mutex);
            lane->working = false;
            lane->idle.notify_all();
            if (!lane->next) {
                lane->scheduled = false;
                return;
            }
            runs = std::move(*lane->next);
            lane->next.reset();
            generation = lane->generation;
            lane->cancel = false;
            lane->working = true;
        }
        runAll(*lane, runs, generation);
    }
}

void ExperimentRunner::runAll(Lane &lane, const std::vector<RunRequest> &runs, quint64 generation)
{
    for (int i = 0; i < static_cast<int>(runs.size()); ++i) {
        Collector collector(lane, generation, i);
        RunOutcome outcome;
        if (lane.cancel) {
            outcome.status = RunStatus::Cancelled;
        } else {
            try {
                outcome = runOne(lane, runs[static_cast<std::size_t>(i)], collector);
            } catch (const std::exception &error) {
                // Missing or damaged data files (Fashion-MNIST) end this run, not the app.
                outcome.failed = true;
                outcome.message = runs[static_cast<std::size_t>(i)].name + QStringLiteral(": ")
                    + QString::fromUtf8(error.what());
            }
        }
        collector.end(outcome);
    }
}

RunOutcome ExperimentRunner::runOne(Lane &lane, const RunRequest &request, Collector &collector)
{
    const config::Experiment &experiment = request.experiment;
    RunOutcome outcome;
    switch (experiment.kind) {
    case config::ExperimentKind::Training: {
        const TrainingSpec &spec = experiment.training;
        // Shared with earlier runs on the same data: a moved learning rate builds nothing.
        const std::shared_ptr<const Dataset> data = DatasetCache::processWide().get(spec.dataset, spec.seed);
        collector.begin(static_cast<long long>(data->train.size()));
        const TrainingResult result = runTraining(spec, *data, collector, &lane.cancel);
        outcome.status = result.status;
        outcome.stopEpoch = result.stop_epoch;
        outcome.stopUpdate = result.stop_update;
        outcome.message = QString::fromStdString(result.message);
        break;
    }
    case config::ExperimentKind::Trajectory: {
        // A few hundred steps on a 2-D function: done in well under a flush interval.
        TrajectoryResult result = runTrajectory(experiment.trajectory);
        outcome.status = result.status;
        outcome.stopEpoch = result.stop_step;
        outcome.message = QString::fromStdString(result.message);
        collector.addSteps(std::move(result.points));
        break;
    }
    case config::ExperimentKind::Schedule:
        collector.addRates(scheduleRates(experiment.schedule));
        break;
    case config::ExperimentKind::Sweep:
        outcome = runSweep(lane, experiment.sweep, collector);
        break;
    case config::ExperimentKind::Contours:
        collector.addContours(sharedContourCache().get(experiment.contours));
        break;
    case config::ExperimentKind::GradientNoise: {
        const GradientNoiseSpec &spec = experiment.gradient_noise;
        const std::shared_ptr<const Dataset> data =
            DatasetCache::processWide().get(spec.training.dataset, spec.training.seed);
        collector.begin(static_cast<long long>(data->train.size()));
        // The rows come whole at the end (a cancelled measurement keeps those it made).
        GradientNoiseResult result = measureGradientNoise(spec, *data, collector, &lane.cancel);
        outcome.status = result.status;
        outcome.message = QString::fromStdString(result.message);
        collector.addNoiseRows(std::move(result.rows));
        break;
    }
    case config::ExperimentKind::Search:
        outcome = runSearch(lane, request, collector);
        break;
    case config::ExperimentKind::Scaling: {
        // Formulas after at most 0.3 s of measured passes: one chunk, whole.
        const ScalingSpec &spec = experiment.scaling;
        const std::shared_ptr<const Dataset> data =
            DatasetCache::processWide().get(spec.training.dataset, spec.training.seed);
        ScalingResult result = runScaling(spec, *data, &lane.cancel);
        outcome.status = result.status;
        outcome.message = QString::fromStdString(result.message);
        collector.addScalingRows(std::move(result.rows));
        break;
    }
    }
    return outcome;
}

RunOutcome ExperimentRunner::runSweep(Lane &lane, const config::SweepSpec &sweep, Collector &collector)
{
    /// Keeps only the last epoch: a sweep plots each run's final losses.
    struct LastEpoch : TrainingObserver {
        EpochRecord last;
        void onEpoch(const EpochRecord &record) override { last = record; }
    };
    RunOutcome outcome;
    for (std::size_t v = 0; v < sweep.runs.size(); ++v) {
        const TrainingSpec &spec = sweep.runs[v];
        const std::shared_ptr<const Dataset> data = DatasetCache::processWide().get(spec.dataset, spec.seed);
        LastEpoch observer;
        const TrainingResult result = runTraining(spec, *data, observer, &lane.cancel);
        if (result.status == RunStatus::Cancelled) {
            outcome.status = RunStatus::Cancelled;
            break;
        }
        collector.addSweepPoint({sweep.values[v], observer.last, result.status == RunStatus::Diverged});
    }
    return outcome;
}

void ExperimentRunner::collect()
{
    RunBatch batch;
    bool busy = false;
    {
        std::lock_guard lock(m_lane->mutex);
        batch.swap(m_lane->pending);
        busy = m_lane->scheduled;
    }
    if (!batch.empty())
        emit batchReady(batch);
    if (!busy) {
        // Whatever the worker produced before going idle was in this batch.
        m_flushTimer.stop();
        setRunning(false);
    }
}

void ExperimentRunner::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged();
}

} // namespace kobai::app
