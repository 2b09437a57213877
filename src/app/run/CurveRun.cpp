#include "CurveRun.h"

#include "run/AxisRange.h"
#include "run/SeriesFeed.h"
#include "run/TrialCurve.h"

#include <algorithm>
#include <cmath>

namespace kobai::app {

CurveRun::CurveRun(QObject *parent)
    : QObject(parent)
{
    connect(&m_runner, &ExperimentRunner::runningChanged, this, &CurveRun::runningChanged);
    connect(&m_runner, &ExperimentRunner::batchReady, this, [this](const RunBatch &batch) {
        for (const RunChunk &chunk : batch) {
            m_epochs.insert(m_epochs.end(), chunk.epochs.begin(), chunk.epochs.end());
            m_trials.insert(m_trials.end(), chunk.trials.begin(), chunk.trials.end());
            if (chunk.outcome && chunk.outcome->status == RunStatus::Diverged)
                m_divergedAt = chunk.outcome->stopEpoch;
        }
        emit pointsChanged();
    });
}

void CurveRun::setQuestions(QuestionSource *questions)
{
    if (m_questions == questions)
        return;
    m_questions = questions;
    restart();
    emit sourceChanged();
}

void CurveRun::setQuestionIndex(int index)
{
    if (m_questionIndex == index)
        return;
    m_questionIndex = index;
    restart();
    emit sourceChanged();
}

void CurveRun::restart()
{
    m_runner.abandon();
    m_epochs.clear();
    m_trials.clear();
    m_search.reset();
    m_divergedAt = 0;
    emit pointsChanged();
    if (!m_questions)
        return;
    if (std::optional<config::Experiment> experiment = m_questions->curveExperiment(m_questionIndex)) {
        if (experiment->kind == config::ExperimentKind::Search)
            m_search = experiment->search.spec.objective;
        m_runner.start({RunRequest{QStringLiteral("curve"), std::move(*experiment)}});
    }
}

QVariantMap CurveRun::fill(QObject *train, QObject *validation) const
{
    QList<QPointF> trainPoints;
    QList<QPointF> validationPoints;
    double low = INFINITY;
    double high = -INFINITY;
    if (m_search) {
        for (const QPointF &p : trialCurve(m_trials, TrialColumn::Objective, *m_search)) {
            trainPoints.append(p);
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
        const std::vector<QPointF> best = trialCurve(m_trials, TrialColumn::BestSoFar, *m_search);
        validationPoints = QList<QPointF>(best.begin(), best.end());
    }
    for (const EpochRecord &record : m_epochs) {
        const auto add = [&](QList<QPointF> &points, double loss) {
            if (!std::isfinite(loss))
                return;
            points.append({static_cast<double>(record.epoch), loss});
            low = std::min(low, loss);
            high = std::max(high, loss);
        };
        add(trainPoints, record.train_loss);
        add(validationPoints, record.val_loss);
    }
    SeriesFeed::replace(train, trainPoints);
    SeriesFeed::replace(validation, validationPoints);
    if (trainPoints.isEmpty() && validationPoints.isEmpty())
        return {{QStringLiteral("empty"), true}};
    // The y axis starts at 0: zoomed to the curve's own range, a loss that hardly moves
    // (0.426 to 0.394) would look like steep learning, the very thing the question asks.
    return {{QStringLiteral("empty"), false},
            {QStringLiteral("xMin"), 0},
            {QStringLiteral("xMax"), std::max(1.0, m_search ? trainPoints.back().x() : m_epochs.back().epoch)},
            {QStringLiteral("yMin"), std::min(0.0, low)},
            {QStringLiteral("yMax"), axisRange(std::min(0.0, low), high, false, true).max}};
}

} // namespace kobai::app
