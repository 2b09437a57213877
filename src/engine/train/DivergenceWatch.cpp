#include "train/DivergenceWatch.h"

#include <algorithm>
#include <cmath>

namespace kobai {

namespace {

std::optional<StopRequest> divergedUnless(bool fine, const char *reason)
{
    if (fine)
        return std::nullopt;
    return StopRequest{RunStatus::Diverged, reason};
}

} // namespace

std::optional<StopRequest> DivergenceWatch::beforeEpoch(double lr)
{
    // A schedule that overflows (ExponentialLR, gamma 1e300).
    return divergedUnless(std::isfinite(lr), "the learning rate is not finite");
}

std::optional<StopRequest> DivergenceWatch::afterBatchLoss(double loss)
{
    return divergedUnless(std::isfinite(loss), "the mini-batch loss is not finite");
}

std::optional<StopRequest> DivergenceWatch::afterUpdates(bool parametersFinite)
{
    return divergedUnless(parametersFinite, "a parameter is not finite");
}

std::optional<StopRequest> DivergenceWatch::beforeReport(const EpochRecord &row)
{
    if (auto stop = divergedUnless(std::isfinite(row.train_loss) && std::isfinite(row.val_loss),
                                   "the epoch loss is not finite"))
        return stop;
    // l2: 1e308 overflows before any update.
    return divergedUnless(std::isfinite(row.penalty), "the weight penalty is not finite");
}

std::optional<StopRequest> DivergenceWatch::afterEpoch(const EpochRecord &row)
{
    if (row.epoch == 0) {
        startLoss_ = row.train_loss;
        return std::nullopt;
    }
    return divergedUnless(row.train_loss <= growthFactor * std::max(1.0, startLoss_),
                          "the training loss grew above 1e6 times its start");
}

} // namespace kobai
