#pragma once
// The runs of the open lesson: its experiments on one ExperimentRunner, those the learner
// changes started again (a burst of changes, a dragged slider, makes one restart; the
// experiments a change leaves alone keep their results), and the full results of the
// latest runs as they arrive, one RunTrace per experiment, with how far the run in
// progress has come.
#include "run/ExperimentRunner.h"
#include "run/RunTrace.h"

#include "Lesson.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantList>

#include <vector>

namespace kobai::app {

class LessonRun : public QObject
{
    Q_OBJECT

public:
    explicit LessonRun(QObject *parent = nullptr);

    /// Drops the runs of the lesson closed (nothing of them arrives after this) and
    /// holds `experiments` empty traces for the lesson opened.
    void clear(qsizetype experiments);
    /// Starts the lesson's experiments now, from empty traces.
    void start(const config::Lesson &lesson);
    /// Within ~25 ms, starts again the experiments `changed` names (indices in the lesson)
    /// and those whose run was cut short; the others keep their traces. Changes closer
    /// together than that make one restart of every experiment any of them changed, with
    /// the lesson as the last of them left it.
    void startSoon(const config::Lesson &lesson, const QList<int> &changed);
    /// Runs an experiment that runs on demand only (the learner pressed its button), and
    /// from then on again whenever it changes, until the lesson is closed.
    void runOnDemand(const config::Lesson &lesson, int experiment);
    /// Cancels the runs (and a restart not yet made); their traces stay.
    void stop();

    bool isRunning() const { return m_runner.isRunning(); }
    const std::vector<RunTrace> &traces() const { return m_traces; }
    int currentRun() const { return m_currentRun; }
    int currentEpoch() const { return m_currentEpoch; }
    /// The length of the lesson's run in progress for a progress bar: a training run's
    /// epochs, a sweep's runs, 0 for runs too short to need one.
    int currentEpochs(const config::Lesson &lesson) const;
    /// Per experiment: {status, stopEpoch, unit (epoch or step), message}; status "" until it ended.
    QVariantList outcomes(const config::Lesson &lesson) const;
    /// For each training run that has started: [{experiment, samples N, batch B (0: all),
    /// updates ⌈N/B⌉}], from the run's real training set and its current batch size.
    QVariantList updatesPerEpoch(const config::Lesson &lesson) const;

signals:
    /// New points arrived, or the traces were emptied for a new run.
    void resultsChanged();
    void runningChanged();

private:
    void restart();
    void receive(const RunBatch &batch);

    std::vector<RunRequest> m_due; ///< every experiment, as the latest change left it
    std::vector<bool> m_changed;   ///< per experiment: the pending restart starts it again
    std::vector<bool> m_onDemand;  ///< per experiment: runs only once the learner asked
    QSet<int> m_asked;             ///< the on-demand experiments the learner has run
    std::vector<int> m_started;    ///< the experiment of each run the runner was given
    std::vector<bool> m_startedContours; ///< per run given: a contour map, which no lesson chart draws
    std::vector<RunTrace> m_traces;
    int m_currentRun = 0;
    int m_currentEpoch = 0;
    QTimer m_restartTimer; ///< coalesces rapid changes into one restart
    ExperimentRunner m_runner;
};

} // namespace kobai::app
