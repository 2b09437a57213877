#pragma once
// Early stopping on the validation loss: an epoch improves when its loss is below
// best − min_delta; after `patience` epochs without improvement the run stops.
// (As Keras' EarlyStopping and ensmallen's EarlyStopAtMinLoss.) EarlyStopPolicy also
// uses it, with unbounded patience, to find the best epoch of every run.
#include "train/TrainingSpec.h"

namespace kobai {

class EarlyStopping {
public:
    explicit EarlyStopping(const EarlyStoppingSpec &spec) : spec_(spec) {}

    /// Records an epoch's validation loss; true when it is the new best.
    bool observe(int epoch, double validationLoss);
    bool shouldStop() const { return epochsWithoutImprovement_ >= spec_.patience; }
    int patience() const { return spec_.patience; }
    int bestEpoch() const { return bestEpoch_; }
    double bestLoss() const { return bestLoss_; }

private:
    EarlyStoppingSpec spec_;
    int bestEpoch_ = -1;
    double bestLoss_ = 0.0;
    int epochsWithoutImprovement_ = 0;
};

} // namespace kobai
