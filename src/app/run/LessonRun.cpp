#include "LessonRun.h"

#include "run/SearchPanels.h"

#include <QVariantMap>

namespace kobai::app {

namespace {

/// Changes closer together than this make one restart (the learner drags a slider).
constexpr int coalesceMs = 25;

std::vector<RunRequest> requests(const config::Lesson &lesson)
{
    std::vector<RunRequest> runs;
    for (const config::LessonExperiment &experiment : lesson.experiments)
        runs.push_back({experiment.name, experiment.experiment, beliefAxes(lesson, experiment.name)});
    return runs;
}

std::vector<bool> onDemand(const config::Lesson &lesson)
{
    std::vector<bool> flags;
    for (const config::LessonExperiment &experiment : lesson.experiments)
        flags.push_back(experiment.onDemand);
    return flags;
}

/// The run ended by itself (finished, diverged, stopped early, or its data could not be
/// made), so it has nothing left to do unless its experiment changes.
bool complete(const RunTrace &trace)
{
    return trace.outcome && trace.outcome->status != RunStatus::Cancelled;
}

} // namespace

LessonRun::LessonRun(QObject *parent)
    : QObject(parent)
{
    m_restartTimer.setSingleShot(true);
    m_restartTimer.setInterval(coalesceMs);
    connect(&m_restartTimer, &QTimer::timeout, this, &LessonRun::restart);
    connect(&m_runner, &ExperimentRunner::batchReady, this, &LessonRun::receive);
    connect(&m_runner, &ExperimentRunner::runningChanged, this, &LessonRun::runningChanged);
}

void LessonRun::clear(qsizetype experiments)
{
    m_restartTimer.stop();
    m_due.clear();
    m_changed.clear();
    m_started.clear();
    m_startedContours.clear();
    m_asked.clear();
    m_runner.abandon();
    m_traces.assign(static_cast<std::size_t>(experiments), RunTrace());
}

void LessonRun::start(const config::Lesson &lesson)
{
    m_due = requests(lesson);
    m_onDemand = onDemand(lesson);
    m_changed.assign(m_due.size(), true);
    restart();
}

void LessonRun::runOnDemand(const config::Lesson &lesson, int experiment)
{
    m_asked.insert(experiment);
    startSoon(lesson, {experiment});
}

void LessonRun::startSoon(const config::Lesson &lesson, const QList<int> &changed)
{
    m_due = requests(lesson);
    m_onDemand = onDemand(lesson);
    m_changed.resize(m_due.size(), false);
    for (int i : changed)
        m_changed.at(static_cast<std::size_t>(i)) = true;
    if (!m_restartTimer.isActive())
        m_restartTimer.start();
}

void LessonRun::stop()
{
    m_restartTimer.stop();
    m_runner.stop();
}

void LessonRun::restart()
{
    m_restartTimer.stop();
    std::vector<RunRequest> runs;
    m_started.clear();
    m_startedContours.clear();
    for (std::size_t i = 0; i < m_due.size(); ++i) {
        // A run cut short (by this restart or by stop()) starts again whatever changed.
        if (!m_changed[i] && complete(m_traces.at(i)))
            continue;
        if (m_onDemand[i] && !m_asked.contains(static_cast<int>(i)))
            continue;
        m_traces[i] = RunTrace();
        m_started.push_back(static_cast<int>(i));
        m_startedContours.push_back(m_due[i].experiment.kind == config::ExperimentKind::Contours);
        runs.push_back(std::move(m_due[i]));
    }
    m_due.clear();
    m_changed.clear();
    m_currentRun = m_started.empty() ? 0 : m_started.front();
    m_currentEpoch = 0;
    m_runner.start(std::move(runs));
    emit resultsChanged();
}

void LessonRun::receive(const RunBatch &batch)
{
    for (const RunChunk &chunk : batch) {
        const int experiment = m_started.at(static_cast<std::size_t>(chunk.run));
        RunTrace &trace = m_traces.at(static_cast<std::size_t>(experiment));
        trace.add(chunk);
        // The runner makes contour maps for landscapes; a lesson's charts have no place for one.
        if (chunk.outcome && chunk.outcome->status != RunStatus::Cancelled
            && m_startedContours.at(static_cast<std::size_t>(chunk.run))) {
            trace.outcome->failed = true;
            trace.outcome->message = QStringLiteral("contour maps are drawn by kobai-run; the app does not show them yet");
        }
        m_currentRun = experiment;
        if (!trace.epochs.empty())
            m_currentEpoch = trace.epochs.back().epoch;
        else if (!trace.sweep.empty())
            m_currentEpoch = static_cast<int>(trace.sweep.size());
        else if (!trace.trials.empty())
            m_currentEpoch = static_cast<int>(trace.trials.size());
    }
    emit resultsChanged();
}

int LessonRun::currentEpochs(const config::Lesson &lesson) const
{
    if (m_currentRun >= lesson.experiments.size())
        return 0;
    // Only training runs, sweeps and searches take long enough for a progress bar; a sweep
    // counts its runs, a search its trials.
    const config::Experiment &experiment = lesson.experiments.at(m_currentRun).experiment;
    if (experiment.kind == config::ExperimentKind::Sweep)
        return static_cast<int>(experiment.sweep.runs.size());
    if (experiment.kind == config::ExperimentKind::Search)
        return experiment.search.spec.trials;
    return experiment.kind == config::ExperimentKind::Training ? experiment.training.epochs : 0;
}

QVariantList LessonRun::outcomes(const config::Lesson &lesson) const
{
    QVariantList list;
    for (std::size_t i = 0; i < m_traces.size(); ++i) {
        const RunTrace &trace = m_traces[i];
        if (!trace.outcome) {
            list.append(QVariantMap{{QStringLiteral("status"), QString()}});
            continue;
        }
        // A trajectory stops at a step, a training run at an epoch.
        const bool trajectory =
            lesson.experiments.at(static_cast<int>(i)).experiment.kind == config::ExperimentKind::Trajectory;
        list.append(QVariantMap{{QStringLiteral("status"), outcomeStatusName(*trace.outcome)},
                                {QStringLiteral("stopEpoch"), trace.outcome->stopEpoch},
                                {QStringLiteral("unit"), trajectory ? QStringLiteral("step") : QStringLiteral("epoch")},
                                {QStringLiteral("message"), trace.outcome->message}});
    }
    return list;
}

QVariantList LessonRun::updatesPerEpoch(const config::Lesson &lesson) const
{
    QVariantList list;
    for (std::size_t i = 0; i < m_traces.size(); ++i) {
        const config::Experiment &experiment = lesson.experiments.at(static_cast<int>(i)).experiment;
        const long long samples = m_traces[i].trainSamples;
        if (experiment.kind != config::ExperimentKind::Training || samples <= 0)
            continue;
        // Data-parallel sync and stale take K per-worker batches per update; async workers
        // each update with their own batch.
        const auto &parallel = experiment.training.data_parallel;
        const long long workers = parallel && parallel->mode != DataParallelMode::Async ? parallel->workers : 1;
        const long long batch = experiment.training.batch_size * workers;
        // Batch 0 (and any batch as large as the set) is one update per epoch; a last
        // partial batch still makes an update.
        const long long updates = batch == 0 || batch >= samples ? 1 : (samples + batch - 1) / batch;
        list.append(QVariantMap{{QStringLiteral("experiment"), static_cast<int>(i)},
                                {QStringLiteral("samples"), samples},
                                {QStringLiteral("batch"), batch},
                                {QStringLiteral("updates"), updates}});
    }
    return list;
}

} // namespace kobai::app
