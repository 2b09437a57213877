#pragma once
// Cancellation as a policy: the flag another thread sets (std::atomic, checked
// between updates) stops the run before its next mini-batch.
#include "train/StopPolicy.h"

#include <atomic>

namespace kobai {

class CancelWatch final : public StopPolicy {
public:
    explicit CancelWatch(const std::atomic<bool> *cancel) : cancel_(cancel) {}

    std::optional<StopRequest> beforeBatch() override
    {
        if (cancel_ && cancel_->load(std::memory_order_relaxed))
            return StopRequest{RunStatus::Cancelled, "cancelled"};
        return std::nullopt;
    }

private:
    const std::atomic<bool> *cancel_;
};

} // namespace kobai
