#include "ExperimentRunner.h"

#include "data/DatasetFactory.h"

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
        if (RunChunk *chunk = current())
            chunk->epochs.push_back(record);
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
            collector.end(outcome);
            continue;
        }
        const TrainingSpec &spec = runs[static_cast<std::size_t>(i)].experiment.training;
        try {
            const Dataset data = makeDataset(spec.dataset, spec.seed);
            collector.begin(static_cast<long long>(data.train.size()));
            const TrainingResult result = runTraining(spec, data, collector, &m_cancel);
            outcome.status = result.status;
            outcome.stopEpoch = result.stop_epoch;
            outcome.stopUpdate = result.stop_update;
            outcome.message = QString::fromStdString(result.message);
        } catch (const std::exception &error) {
            // Missing or damaged data files (Fashion-MNIST) end this run, not the app.
            outcome.failed = true;
            outcome.message = runs[static_cast<std::size_t>(i)].name + QStringLiteral(": ")
                + QString::fromUtf8(error.what());
        }
        collector.end(outcome);
    }
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
