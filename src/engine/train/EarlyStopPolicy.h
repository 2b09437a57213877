#pragma once
// Early stopping as a policy of the trainer: it records every epoch's validation
// loss (the best epoch of every run, stopping or not) and, when the experiment asks
// for early stopping, stops the run after `patience` epochs without improvement
// (never at the last epoch, which ends the run anyway).
#include "train/EarlyStopping.h"
#include "train/StopPolicy.h"

#include <climits>

namespace kobai {

class EarlyStopPolicy final : public StopPolicy {
public:
    EarlyStopPolicy(const std::optional<EarlyStoppingSpec> &spec, int lastEpoch)
        : tracker_(spec.value_or(EarlyStoppingSpec{INT_MAX, 0.0, false})), stops_(spec.has_value()),
          lastEpoch_(lastEpoch)
    {
    }

    std::optional<StopRequest> afterEpoch(const EpochRecord &row) override
    {
        tracker_.observe(row.epoch, row.val_loss);
        if (stops_ && tracker_.shouldStop() && row.epoch < lastEpoch_)
            return StopRequest{RunStatus::EarlyStopped, "early stopping after " + std::to_string(tracker_.patience()) +
                                                            " epochs without improvement"};
        return std::nullopt;
    }

    const EarlyStopping &tracker() const { return tracker_; }

private:
    EarlyStopping tracker_;
    bool stops_;
    int lastEpoch_;
};

} // namespace kobai
