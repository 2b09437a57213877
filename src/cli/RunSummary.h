#pragma once
// The --summary JSON of a training run: how it ended, its best epoch, the test
// score when there is a test part, and the effective configuration.
#include "Experiment.h"
#include "train/TrainingRun.h"

#include <QJsonObject>

namespace kobai::cli {

QJsonObject runSummary(const config::Experiment &experiment, const TrainingResult &result);

} // namespace kobai::cli
