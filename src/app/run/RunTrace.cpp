#include "RunTrace.h"

namespace kobai::app {

void RunTrace::add(const RunChunk &chunk)
{
    if (chunk.trainSamples >= 0)
        trainSamples = chunk.trainSamples;
    epochs.insert(epochs.end(), chunk.epochs.begin(), chunk.epochs.end());
    for (const auto &[update, loss] : chunk.updateLosses)
        updateLosses.append(QPointF(static_cast<double>(update), loss));
    steps.insert(steps.end(), chunk.steps.begin(), chunk.steps.end());
    sweep.insert(sweep.end(), chunk.sweep.begin(), chunk.sweep.end());
    noise.insert(noise.end(), chunk.noise.begin(), chunk.noise.end());
    scaling.insert(scaling.end(), chunk.scaling.begin(), chunk.scaling.end());
    trials.insert(trials.end(), chunk.trials.begin(), chunk.trials.end());
    if (chunk.beliefs)
        beliefs = *chunk.beliefs;
    if (chunk.outcome)
        outcome = chunk.outcome;
}

QString outcomeStatusName(const RunOutcome &outcome)
{
    if (outcome.failed)
        return QStringLiteral("failed");
    return QString::fromLatin1(runStatusName(outcome.status));
}

} // namespace kobai::app
