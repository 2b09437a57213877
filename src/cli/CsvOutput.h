#pragma once
// Writes a training run's learning curve (and, optionally, every mini-batch loss)
// as CSV while the run goes on. Numbers use %.17g so a double survives the trip.
#include "train/TrainingRun.h"

#include <cstdio>

namespace kobai::cli {

class CsvOutput final : public TrainingObserver {
public:
    /// epochs receives the epoch rows, updates the per-update rows; either may be null.
    CsvOutput(std::FILE *epochs, std::FILE *updates);

    void onEpoch(const EpochRecord &row) override;
    void onUpdate(long long update, int epoch, double batchLoss) override;
    void onNote(const std::string &note) override;

private:
    std::FILE *epochs_;
    std::FILE *updates_;
};

} // namespace kobai::cli
