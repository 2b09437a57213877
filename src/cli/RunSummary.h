#pragma once
// The --summary JSON of a run: how it ended, what it reached, and the effective
// configuration. Training adds its best epoch and, with a test part, the test score; a
// contour map its levels and minima.
#include "Experiment.h"
#include "landscape/ContourMap.h"
#include "parallel/ScalingCurve.h"
#include "train/GradientNoise.h"
#include "train/TrainingRun.h"
#include "trajectory/TrajectoryRun.h"

#include <QJsonObject>

namespace kobai::cli {

QJsonObject runSummary(const config::Experiment &experiment, const TrainingResult &result);
QJsonObject runSummary(const config::Experiment &experiment, const TrajectoryResult &result);
/// N, ‖ḡ‖ and σ² of the measurement (its rows are the CSV's).
QJsonObject runSummary(const config::Experiment &experiment, const GradientNoiseResult &result);
/// P, S and t_c of the curve (stated or measured; its rows are the CSV's).
QJsonObject runSummary(const config::Experiment &experiment, const ScalingResult &result);
/// rates: the schedule's rate during each epoch, up to the first that is not finite
/// (status diverged).
QJsonObject runSummary(const config::Experiment &experiment, const std::vector<double> &rates, RunStatus status);
/// The levels, the range of f over the grid (null when no value is finite), the segment
/// count and the minima in view.
QJsonObject runSummary(const config::Experiment &experiment, const ContourMap &map);

/// A number, or null when there is none (a regression's accuracy, a diverged run's loss).
QJsonValue optionalValue(const std::optional<double> &value);

/// Writes a summary to path through OutputFile (whole or not at all). Throws OutputError.
void writeSummary(const QString &path, const QJsonObject &summary);

} // namespace kobai::cli
