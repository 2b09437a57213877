#include "ExperimentRunner.h"

#include "data/DatasetCache.h"
#include "schedule/ScheduleRun.h"

#include <stdexcept>

#include <sys/resource.h>
#include <unistd.h>

namespace kobai::app {

namespace {
/// The worker's nice value (Linux applies it per thread): below the GUI, above idle.
constexpr int workerNice = 10;
} // namespace

/// Appends one run's results to the pending batch, unless a newer request has
/// replaced the one it belongs to (then the data is stale and dropped).
class ExperimentRunner::Collector : public TrainingObserver
{
public:
    Collector(ExperimentRunner &runner, quint64 generation, int run)
        : m_runner(runner), m_generation(generation), m_run(run) {}

    void onEpoch(const EpochRecord &record) override
    {
        std::lock_guard lock(m_runner.m_mutex);
        RunChunk *chunk = current();
        if (!chunk)
            return;
        chunk->epochs.push_back(record);
        // The first trained epoch after a knob moved is what the learner waits for: it
        // goes out now rather than at the next timer tick (up to 33 ms later). Once per
        // request, so the GUI still gets about 30 batches a second.
        if (record.epoch >= 1 && !m_runner.m_firstEpochSent) {
            m_runner.m_firstEpochSent = true;
            QMetaObject::invokeMethod(&m_runner, &ExperimentRunner::collect, Qt::QueuedConnection);
        }
    }

    void onUpdate(long long update, int, double batchLoss) override
    {
        std::lock_guard lock(m_runner.m_mutex);
        if (RunChunk *chunk = current()) {
            chunk->updateLosses.emplace_back(update, batchLoss);
            m_runner.m_updatesProduced = update;
        }
    }

    void begin(long long trainSamples)
    {
        std::lock_guard lock(m_runner.m_mutex);
        m_runner.m_updatesProduced = 0;
        if (RunChunk *chunk = current())
            chunk->trainSamples = trainSamples;
    }

    void addSteps(std::vector<TrajectoryPoint> steps)
    {
        std::lock_guard lock(m_runner.m_mutex);
        if (RunChunk *chunk = current())
            chunk->steps = std::move(steps);
    }

    void addRates(const std::vector<double> &rates)
    {
        std::lock_guard lock(m_runner.m_mutex);
        if (RunChunk *chunk = current())
            for (std::size_t e = 0; e < rates.size(); ++e)
                chunk->epochs.push_back({.epoch = static_cast<int>(e), .lr = rates[e]});
    }

    void addSweepPoint(const SweepPoint &point)
    {
        std::lock_guard lock(m_runner.m_mutex);
        if (RunChunk *chunk = current())
            chunk->sweep.push_back(point);
    }

    void end(const RunOutcome &outcome)
    {
        std::lock_guard lock(m_runner.m_mutex);
        if (RunChunk *chunk = current())
            chunk->outcome = outcome;
    }

private:
    /// The chunk to append to (called with the mutex held), or null when stale.
    RunChunk *current()
    {
        if (m_generation != m_runner.m_generation)
            return nullptr;
        RunBatch &pending = m_runner.m_pending;
        if (pending.empty() || pending.back().run != m_run) {
            pending.emplace_back();
            pending.back().run = m_run;
        }
        return &pending.back();
    }

    ExperimentRunner &m_runner;
    const quint64 m_generation;
    const int m_run;
};

ExperimentRunner::ExperimentRunner(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setInterval(flushIntervalMs);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_flushTimer, &QTimer::timeout, this, &ExperimentRunner::collect);
    m_worker = std::thread([this] { workerLoop(); });
}

ExperimentRunner::~ExperimentRunner()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_cancel = true;
    }
    m_wake.notify_one();
    m_worker.join();
}

void ExperimentRunner::start(std::vector<RunRequest> runs)
{
    {
        std::lock_guard lock(m_mutex);
        m_next = std::move(runs);
        ++m_generation;
        m_firstEpochSent = false;
        m_pending.clear();
        m_cancel = true;
    }
    m_wake.notify_one();
    setRunning(true);
    m_flushTimer.start();
}

void ExperimentRunner::stop()
{
    std::lock_guard lock(m_mutex);
    m_next.reset();
    m_cancel = true;
}

void ExperimentRunner::abandon()
{
    std::lock_guard lock(m_mutex);
    m_next.reset();
    ++m_generation;
    m_pending.clear();
    m_cancel = true;
}

long long ExperimentRunner::updatesProduced() const
{
    std::lock_guard lock(m_mutex);
    return m_updatesProduced;
}

void ExperimentRunner::workerLoop()
{
    // Training takes what CPU the GUI leaves, so on a busy two-core machine a long run
    // never holds up the drawing of its own curves.
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), workerNice);
    for (;;) {
        std::vector<RunRequest> runs;
        quint64 generation = 0;
        {
            std::unique_lock lock(m_mutex);
            m_workerBusy = false;
            m_wake.wait(lock, [this] { return m_quit || m_next.has_value(); });
            if (m_quit)
                return;
            runs = std::move(*m_next);
            m_next.reset();
            generation = m_generation;
            m_cancel = false;
            m_workerBusy = true;
        }
        runAll(runs, generation);
    }
}

void ExperimentRunner::runAll(const std::vector<RunRequest> &runs, quint64 generation)
{
    for (int i = 0; i < static_cast<int>(runs.size()); ++i) {
        Collector collector(*this, generation, i);
        RunOutcome outcome;
        if (m_cancel) {
            outcome.status = RunStatus::Cancelled;
        } else {
            try {
                outcome = runOne(runs[static_cast<std::size_t>(i)].experiment, collector);
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

RunOutcome ExperimentRunner::runOne(const config::Experiment &experiment, Collector &collector)
{
    RunOutcome outcome;
    switch (experiment.kind) {
    case config::ExperimentKind::Training: {
        const TrainingSpec &spec = experiment.training;
        // Shared with earlier runs on the same data: a moved learning rate builds nothing.
        const std::shared_ptr<const Dataset> data = DatasetCache::processWide().get(spec.dataset, spec.seed);
        collector.begin(static_cast<long long>(data->train.size()));
        const TrainingResult result = runTraining(spec, *data, collector, &m_cancel);
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
        outcome = runSweep(experiment.sweep, collector);
        break;
    case config::ExperimentKind::Contours:
        outcome.failed = true;
        outcome.message = QStringLiteral("contour maps are drawn by kobai-run; the app does not show them yet");
        break;
    case config::ExperimentKind::GradientNoise:
        // The engine's measureGradientNoise returns rows a chart could take; no lesson shows them yet.
        outcome.failed = true;
        outcome.message = QStringLiteral("gradient-noise measurements are made by kobai-run; the app does not show "
                                         "them yet");
        break;
    }
    return outcome;
}

RunOutcome ExperimentRunner::runSweep(const config::SweepSpec &sweep, Collector &collector)
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
        const TrainingResult result = runTraining(spec, *data, observer, &m_cancel);
        if (result.status == RunStatus::Cancelled) {
            outcome.status = RunStatus::Cancelled;
            break;
        }
        collector.addSweepPoint({sweep.values[v], observer.last});
    }
    return outcome;
}

void ExperimentRunner::collect()
{
    RunBatch batch;
    bool workerBusy = false;
    bool requestWaiting = false;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
        workerBusy = m_workerBusy;
        requestWaiting = m_next.has_value();
    }
    if (!batch.empty())
        emit batchReady(batch);
    if (!workerBusy && !requestWaiting) {
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
