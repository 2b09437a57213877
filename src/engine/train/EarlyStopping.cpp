#include "train/EarlyStopping.h"

namespace kobai {

bool EarlyStopping::observe(int epoch, double validationLoss)
{
    if (bestEpoch_ < 0 || validationLoss < bestLoss_ - spec_.min_delta) {
        bestLoss_ = validationLoss;
        bestEpoch_ = epoch;
        epochsWithoutImprovement_ = 0;
        return true;
    }
    ++epochsWithoutImprovement_;
    return false;
}

} // namespace kobai
