#pragma once
// The learning curve a read_curve question asks about, trained for real when the question
// is shown (on an ExperimentRunner, the app's one way to run the engine: a new question
// cancels the old one's run), so the learner reads a curve the engine made, never a picture.
#include "run/ExperimentRunner.h"
#include "practice/QuestionSource.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace kobai::app {

class CurveRun : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kobai::app::QuestionSource *questions READ questions WRITE setQuestions NOTIFY sourceChanged)
    Q_PROPERTY(int questionIndex READ questionIndex WRITE setQuestionIndex NOTIFY sourceChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    /// Epochs trained so far (a search: trials finished).
    Q_PROPERTY(int epochs READ epochs NOTIFY pointsChanged)
    /// The curve is a search's, against the trial number: each trial's objective and the
    /// best so far take the places of the training and validation losses.
    Q_PROPERTY(bool search READ search NOTIFY sourceChanged)
    /// The epoch where the loss stopped being a number, 0 when it never did.
    Q_PROPERTY(int divergedAt READ divergedAt NOTIFY pointsChanged)

public:
    explicit CurveRun(QObject *parent = nullptr);

    QuestionSource *questions() const { return m_questions; }
    void setQuestions(QuestionSource *questions);
    int questionIndex() const { return m_questionIndex; }
    void setQuestionIndex(int index);
    bool running() const { return m_runner.isRunning(); }
    int epochs() const { return static_cast<int>(m_search ? m_trials.size() : m_epochs.size()); }
    bool search() const { return m_search.has_value(); }
    int divergedAt() const { return m_divergedAt; }

    /// Replaces the points of the training and validation series with the curve so far
    /// (finite losses only; a search: each trial's objective and the best so far); returns
    /// the axes' ranges {empty, xMin (0), xMax, yMin (0), yMax}.
    Q_INVOKABLE QVariantMap fill(QObject *train, QObject *validation) const;

signals:
    void sourceChanged();
    void runningChanged();
    void pointsChanged();

private:
    void restart();

    QPointer<QuestionSource> m_questions;
    int m_questionIndex = -1;
    std::vector<EpochRecord> m_epochs;
    std::vector<TrialRecord> m_trials;
    std::optional<SearchObjective> m_search; ///< set when the curve is a search's
    int m_divergedAt = 0;
    ExperimentRunner m_runner;
};

} // namespace kobai::app
