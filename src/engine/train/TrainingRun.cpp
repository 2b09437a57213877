#include "train/TrainingRun.h"

#include "train/Trainer.h"

namespace kobai {

TrainingResult runTraining(const TrainingSpec &spec, const Dataset &data, TrainingObserver &observer,
                           const std::atomic<bool> *cancel)
{
    if (spec.dtype == DType::Float32)
        return Trainer<float>(spec, data, observer, cancel).run();
    return Trainer<double>(spec, data, observer, cancel).run();
}

const char *runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Finished:
        return "finished";
    case RunStatus::EarlyStopped:
        return "early_stopped";
    case RunStatus::Diverged:
        return "diverged";
    case RunStatus::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

} // namespace kobai
