#pragma once
// What the trainer consults at each point of its loop; a policy may ask the run to
// stop there (ensmallen's callbacks, whose hooks may return "stop"). Divergence
// detection, early stopping and cancellation are policies, so the loop in Trainer
// reads as the loop it is.
#include "train/TrainingRun.h"

#include <optional>
#include <string>

namespace kobai {

struct StopRequest {
    RunStatus status;
    /// Diverged: why, as "(the mini-batch loss is not finite)" says it; the trainer adds
    /// where. Otherwise the whole message.
    std::string reason;
};

class StopPolicy {
public:
    virtual ~StopPolicy() = default;

    /// Before an epoch, with the rate the schedule gives it.
    virtual std::optional<StopRequest> beforeEpoch(double /*lr*/) { return std::nullopt; }
    /// Before each mini-batch.
    virtual std::optional<StopRequest> beforeBatch() { return std::nullopt; }
    /// A mini-batch's loss, before its update.
    virtual std::optional<StopRequest> afterBatchLoss(double /*loss*/) { return std::nullopt; }
    /// After an epoch's updates: whether every parameter is finite.
    virtual std::optional<StopRequest> afterUpdates(bool /*parametersFinite*/) { return std::nullopt; }
    /// The epoch's row, before the observer sees it.
    virtual std::optional<StopRequest> beforeReport(const EpochRecord &) { return std::nullopt; }
    /// The epoch's row, after the observer saw it.
    virtual std::optional<StopRequest> afterEpoch(const EpochRecord &) { return std::nullopt; }
};

} // namespace kobai
