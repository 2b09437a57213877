#pragma once
// A run has diverged when anything it computes stops being a finite number (the
// rate, a mini-batch loss, a parameter, an epoch loss, the weight penalty), or when
// the training loss grows above 10⁶ times its start: the learner sees "diverged at
// epoch 3, update 75 (why)" rather than a chart of NaN.
#include "train/StopPolicy.h"

namespace kobai {

class DivergenceWatch final : public StopPolicy {
public:
    /// An epoch loss this many times the starting loss means the run has left the rails.
    static constexpr double growthFactor = 1e6;

    std::optional<StopRequest> beforeEpoch(double lr) override;
    std::optional<StopRequest> afterBatchLoss(double loss) override;
    std::optional<StopRequest> afterUpdates(bool parametersFinite) override;
    std::optional<StopRequest> beforeReport(const EpochRecord &row) override;
    std::optional<StopRequest> afterEpoch(const EpochRecord &row) override;

private:
    double startLoss_ = 0.0;
};

} // namespace kobai
