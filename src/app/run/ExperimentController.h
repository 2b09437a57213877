#pragma once
// The open lesson as the window shows it, for QML: one object to bind to, handing each
// job to its own class: the lesson's presentation (LessonPresentation), the learner's
// control edits (ControlEdits), the runs and their results (LessonRun), the charts
// (ChartFeed) and the PyTorch script (pytorchExport).
#include "run/ControlEdits.h"
#include "run/LessonRun.h"
#include "reading/LessonLibrary.h"

#include "Lesson.h"

#include <QObject>
#include <QPointer>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace kobai::app {

class ExperimentController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kobai::app::LessonLibrary *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(int lessonIndex READ lessonIndex WRITE setLessonIndex NOTIFY lessonChanged)
    Q_PROPERTY(bool hasLesson READ hasLesson NOTIFY lessonChanged)
    Q_PROPERTY(QVariantMap lesson READ lesson NOTIFY lessonChanged)
    Q_PROPERTY(QString lessonError READ lessonError NOTIFY lessonChanged)
    Q_PROPERTY(QVariantList experiments READ experiments NOTIFY lessonChanged)
    Q_PROPERTY(QVariantList controls READ controls NOTIFY lessonChanged)
    Q_PROPERTY(QVariantList charts READ charts NOTIFY lessonChanged)
    Q_PROPERTY(QVariantList searches READ searches NOTIFY lessonChanged)
    Q_PROPERTY(QVariantList controlValues READ controlValues NOTIFY controlValuesChanged)
    Q_PROPERTY(QString controlError READ controlError NOTIFY controlValuesChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(int currentRun READ currentRun NOTIFY resultsChanged)
    Q_PROPERTY(int currentEpoch READ currentEpoch NOTIFY resultsChanged)
    Q_PROPERTY(int currentEpochs READ currentEpochs NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList updatesPerEpoch READ updatesPerEpoch NOTIFY resultsChanged)

public:
    explicit ExperimentController(QObject *parent = nullptr);

    LessonLibrary *library() const { return m_library; }
    void setLibrary(LessonLibrary *library);
    int lessonIndex() const { return m_lessonIndex; }
    /// Opens the library's lesson at this row and runs it.
    void setLessonIndex(int index);

    bool hasLesson() const { return openLesson().has_value(); }
    /// The open lesson with the learner's control values applied to its experiments.
    const std::optional<config::Lesson> &openLesson() const { return m_edits.lesson(); }
    QVariantMap lesson() const;
    QString lessonError() const { return m_lessonError; }
    QVariantList experiments() const;
    QVariantList controls() const;
    QVariantList charts() const;
    QVariantList searches() const;
    QVariantList controlValues() const { return m_edits.values(); }
    QString controlError() const { return m_edits.error(); }
    bool running() const { return m_run.isRunning(); }
    int currentRun() const { return m_run.currentRun(); }
    int currentEpoch() const { return m_run.currentEpoch(); }
    int currentEpochs() const;
    QVariantList outcomes() const;
    /// For each training run that has started: [{experiment, samples N, batch B (0: all),
    /// updates ⌈N/B⌉}], from the run's real training set and its current batch size.
    QVariantList updatesPerEpoch() const;
    /// The results of the open lesson's latest runs, one per experiment (the search panels read them).
    const std::vector<RunTrace> &traces() const { return m_run.traces(); }

    /// The learner moved control `control` to value; within ~25 ms the experiments it
    /// targets run again, the others keep their results.
    /// Ctrl+Z (undoControl) takes the change back.
    Q_INVOKABLE void setControlValue(int control, const QVariant &value);
    /// Every control back to the lesson file's value (one undo step per control changed).
    Q_INVOKABLE void resetControls();
    /// Takes back the last control change; false when there is none.
    Q_INVOKABLE bool undoControl();
    /// Sets a field in the named experiments (all when empty) and runs them again.
    Q_INVOKABLE bool setExperimentField(const QString &field, const QVariant &value,
                                        const QStringList &experimentNames = {});
    Q_INVOKABLE void rerun();
    /// Runs experiment `experiment`, one that runs on demand only (the book's long search).
    Q_INVOKABLE void runOnDemand(int experiment);
    Q_INVOKABLE void stop();
    /// Experiment `experiment` as it now stands, as a PyTorch script (or why it has none).
    Q_INVOKABLE QString pytorchCode(int experiment) const;

    /// The curves chart `chart` draws, in the order fillChart() expects their series:
    /// [{experiment, column, colour, style}] (colour: which palette colour; style: which
    /// dash pattern).
    Q_INVOKABLE QVariantList chartSeries(int chart) const;
    /// Replaces the points of each series (as planned by chartSeries) with the data so
    /// far, at most `pixels` points each; returns the axes' ranges and where runs
    /// diverged or stopped early: {empty, xMin, xMax, yMin, yMax, markers: [{experiment, kind, x, epoch}]}.
    Q_INVOKABLE QVariantMap fillChart(int chart, const QVariantList &series, int pixels, bool logY) const;

signals:
    void libraryChanged();
    void lessonChanged();
    void controlValuesChanged();
    void runningChanged();
    /// New points arrived, or the results were cleared for a new run.
    void resultsChanged();

private:
    QPointer<LessonLibrary> m_library;
    int m_lessonIndex = -1;
    QString m_lessonError;
    ControlEdits m_edits;
    LessonRun m_run;
};

} // namespace kobai::app
