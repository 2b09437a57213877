#pragma once
// Writes a training run's learning curve (and, optionally, every mini-batch loss)
// as CSV while the run goes on. Numbers use %.17g so a double survives the trip.
#include "OutputFile.h"
#include "train/TrainingRun.h"

#include <atomic>
#include <optional>

namespace kobai::cli {

class CsvOutput final : public TrainingObserver {
public:
    /// epochs receives the epoch rows, updates the per-update rows; either may be null.
    /// A write that fails sets stop, so the run ends at its next update.
    CsvOutput(const OutputFile *epochs, const OutputFile *updates, std::atomic<bool> &stop);

    void onEpoch(const EpochRecord &row) override;
    void onUpdate(long long update, int epoch, double batchLoss) override;
    void onNote(const std::string &note) override;

    /// Throws the first write error the run met, if any.
    void throwFailure() const;

private:
    /// Runs write, keeping its error and stopping the run when it throws.
    template <typename Write>
    void guarded(Write write);

    const OutputFile *epochs_;
    const OutputFile *updates_;
    std::atomic<bool> &stop_;
    std::optional<OutputError> failure_;
};

} // namespace kobai::cli
