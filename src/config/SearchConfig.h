#pragma once
// The "search" kind of experiment file (docs/experiments.md): strategy, budget, workers,
// objective, the space of dotted keys into a training experiment (or x and y of a test
// function), and optional pruning and Bayesian-optimisation options.
#include "ObjectReader.h"
#include "search/SearchSpec.h"

#include <QJsonObject>

namespace kobai::config {

struct SearchExperiment {
    SearchSpec spec; ///< spec.experiment makes each trial's training experiment from the file's
    QJsonObject experiment; ///< the training experiment as written (empty for a function search)
};

/// Reads a search; every bound and choice of the space is checked against the experiment
/// (its ends, and a point inside, parsed as the trial's experiment), and one it refuses is
/// named with its key. The space's keys come in spaceOrder's order (the file's), any it
/// lacks after them in sorted order.
SearchExperiment readSearch(ObjectReader &root, const QStringList &spaceOrder);

QJsonObject searchToJson(const SearchExperiment &search);

} // namespace kobai::config
