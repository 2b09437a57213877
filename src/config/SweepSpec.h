#pragma once
// A sweep: one training experiment run once per value of one of its fields (the
// learning-rate sweep of lesson 3: final loss against η on a log scale).
#include "train/TrainingSpec.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace kobai::config {

struct SweepSpec {
    QString field;              ///< a dotted path in the experiment, e.g. "optimizer.lr"
    std::vector<double> values; ///< in the order they run
    QJsonObject base;           ///< the training experiment as written
    std::vector<TrainingSpec> runs; ///< one checked experiment per value
};

} // namespace kobai::config
