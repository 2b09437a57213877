#pragma once
// A training run with everything it reported kept, for engine tests: its epoch rows, each
// mini-batch loss and its notes, and how it ended.
#include "data/DatasetFactory.h"
#include "train/TrainingRun.h"

#include <string>
#include <vector>

namespace {

/// Keeps everything a run reports.
struct Recorder : kobai::TrainingObserver {
    std::vector<kobai::EpochRecord> rows;
    std::vector<double> batchLosses;
    std::vector<std::string> notes;
    void onEpoch(const kobai::EpochRecord &row) override { rows.push_back(row); }
    void onUpdate(long long, int, double loss) override { batchLosses.push_back(loss); }
    void onNote(const std::string &note) override { notes.push_back(note); }
};

struct Run {
    Recorder recorder;
    kobai::TrainingResult result;
};

/// Trains spec on its own data set (made from its seed).
inline Run train(const kobai::TrainingSpec &spec)
{
    Run run;
    const kobai::Dataset data = kobai::makeDataset(spec.dataset, spec.seed);
    run.result = kobai::runTraining(spec, data, run.recorder);
    return run;
}

} // namespace
