#pragma once
// Writes a training run's learning curve (and, optionally, every mini-batch loss and the
// hidden layers' statistics) as CSV while the run goes on. Numbers use %.17g so a double
// survives the trip.
//
// Layer statistics (LayerStatistics.h), one row per hidden layer per recorded epoch:
//   epoch,layer,mean,std,saturated,dead,weight_grad_norm,hist_low,hist_high,bin1,…,bin30,
//   weight_hist_low,weight_hist_high,wbin1,…,wbin30
// saturated is empty for ReLU and dead for sigmoid/tanh; binK counts activation values,
// wbinK the layer's incoming weights.
//
// A data-parallel run (spec.data_parallel) appends to each epoch row
//   workers,global_batch,staleness_mean,staleness_max,bytes_sent,modelled_seconds
// (docs/experiments.md › data_parallel); other runs keep the columns they always had.
#include "OutputFile.h"
#include "train/TrainingRun.h"

#include <atomic>
#include <optional>
#include <vector>

namespace kobai::cli {

class CsvOutput final : public TrainingObserver {
public:
    /// epochs receives the epoch rows, updates the per-update rows, layers the layer
    /// statistics rows; any may be null. A write that fails sets stop, so the run ends at
    /// its next update. dataParallel: the epoch rows carry the data-parallel columns.
    CsvOutput(const OutputFile *epochs, const OutputFile *updates, const OutputFile *layers, std::atomic<bool> &stop,
              bool dataParallel = false);

    void onEpoch(const EpochRecord &row) override;
    void onUpdate(long long update, int epoch, double batchLoss) override;
    void onNote(const std::string &note) override;

    /// An async run's updates per staleness value 0 … max over the epochs so far (the
    /// summary's staleness_counts); empty for other runs.
    const std::vector<long long> &stalenessCounts() const { return stalenessCounts_; }

    /// Throws the first write error the run met, if any.
    void throwFailure() const;

private:
    /// The layer statistics rows of one epoch (none when it carries none).
    void writeLayers(const EpochRecord &row);
    /// Runs write, keeping its error and stopping the run when it throws.
    template <typename Write>
    void guarded(Write write);

    const OutputFile *epochs_;
    const OutputFile *updates_;
    const OutputFile *layers_;
    std::atomic<bool> &stop_;
    std::optional<OutputError> failure_;
    std::vector<long long> stalenessCounts_;
};

} // namespace kobai::cli
