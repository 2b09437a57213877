#include "search/SearchRun.h"

#include "core/ThreadTeam.h"
#include "search/MedianPruner.h"
#include "trajectory/LossSurface.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <limits>
#include <map>

namespace kobai {

namespace {

/// One proposed point, ready for a worker.
struct Trial {
    TrialRecord record;
    TrainingSpec training;
    std::shared_ptr<const Dataset> data;
    std::optional<double> initial; ///< the objective at epoch 0: the worst a diverged trial can have seen
};

/// Watches one training trial: forwards its rows, applies the pruner, and turns the
/// search's cancellation into this trial's stop flag (checked before each mini-batch).
class TrialWatch final : public TrainingObserver {
public:
    TrialWatch(int trial, SearchObserver &observer, const MedianPruner *pruner, const std::atomic<bool> *cancel)
        : trial_(trial), observer_(observer), pruner_(pruner), cancel_(cancel)
    {
    }

    void onEpoch(const EpochRecord &row) override
    {
        if (prunedAt)
            return;
        rows.push_back(row);
        observer_.onTrialEpoch(trial_, row);
        if (pruner_ && pruner_->shouldPrune(row.epoch, row.val_loss)) {
            prunedAt = rows.size() - 1;
            stop.store(true, std::memory_order_relaxed);
        }
    }

    void onUpdate(long long, int, double) override
    {
        if (cancel_ && cancel_->load(std::memory_order_relaxed))
            stop.store(true, std::memory_order_relaxed);
    }

    std::atomic<bool> stop{false};
    std::vector<EpochRecord> rows;
    std::optional<std::size_t> prunedAt; ///< the row at which the pruner stopped the trial

private:
    int trial_;
    SearchObserver &observer_;
    const MedianPruner *pruner_;
    const std::atomic<bool> *cancel_;
};

double objectiveOf(const EpochRecord &row, SearchObjective objective)
{
    return objective == SearchObjective::ValAcc ? -row.val_acc.value_or(0.0) : row.val_loss;
}

/// The row a finished trial is judged by: its lowest objective, the earliest on ties.
std::size_t bestRow(const std::vector<EpochRecord> &rows, SearchObjective objective)
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (objectiveOf(rows[i], objective) < objectiveOf(rows[best], objective))
            best = i;
    return best;
}

void runTrainingTrial(Trial &trial, SearchObjective objective, SearchObserver &observer, const MedianPruner *pruner,
                      const std::atomic<bool> *cancel)
{
    TrialRecord &record = trial.record;
    TrialWatch watch(record.trial, observer, pruner, cancel);
    const TrainingResult result = runTraining(trial.training, *trial.data, watch, &watch.stop);
    for (const EpochRecord &row : watch.rows)
        record.val_losses.push_back(row.val_loss);
    if (!watch.rows.empty() && std::isfinite(objectiveOf(watch.rows.front(), objective)))
        trial.initial = objectiveOf(watch.rows.front(), objective);
    record.epochs_run = watch.rows.empty() ? 0 : watch.rows.back().epoch;
    if (watch.prunedAt)
        record.status = TrialStatus::Pruned;
    else if (result.status == RunStatus::Diverged)
        record.status = TrialStatus::Diverged;
    else if (result.status == RunStatus::Cancelled)
        record.status = TrialStatus::Cancelled;
    if (record.status == TrialStatus::Diverged || record.status == TrialStatus::Cancelled || watch.rows.empty()) {
        record.epochs_run = result.stop_epoch;
        record.message = result.message;
        return;
    }
    const EpochRecord &judged = watch.rows[watch.prunedAt ? *watch.prunedAt : bestRow(watch.rows, objective)];
    record.best_epoch = judged.epoch;
    record.val_loss = judged.val_loss;
    record.val_acc = judged.val_acc;
    record.objective = objectiveOf(judged, objective);
}

void runFunctionTrial(TrialRecord &record, const LossSurface &surface)
{
    const double value = surface.value(record.values[0], record.values[1]);
    if (!std::isfinite(value)) {
        record.status = TrialStatus::Diverged;
        record.message = "the function is not finite there";
        return;
    }
    record.val_loss = value;
    record.objective = value;
}

/// The dataset a trial trains on: without its test part, one copy per dataset.
class TestPartHidden {
public:
    std::shared_ptr<const Dataset> operator()(const std::shared_ptr<const Dataset> &full)
    {
        if (full->test.size() == 0)
            return full;
        auto &[kept, hidden] = copies_[full.get()];
        if (!hidden) {
            auto copy = std::make_shared<Dataset>();
            copy->task = full->task;
            copy->inputs = full->inputs;
            copy->outputs = full->outputs;
            copy->train = full->train;
            copy->validation = full->validation;
            kept = full; // keeps the key's address from being reused
            hidden = std::move(copy);
        }
        return hidden;
    }

private:
    std::map<const Dataset *, std::pair<std::shared_ptr<const Dataset>, std::shared_ptr<const Dataset>>> copies_;
};

/// Fills the best trial's test score: its experiment rerun, one thread as in the search,
/// on the whole dataset.
void scoreOnTest(SearchResult &result, const SearchSpec &spec, const std::atomic<bool> *cancel, const SearchData &data)
{
    TrainingSpec training = spec.experiment(result.trials[*result.best].values);
    training.threads = 1;
    const std::shared_ptr<const Dataset> full = data(training);
    if (full->test.size() == 0)
        return;
    TrainingObserver quiet;
    const TrainingResult rerun = runTraining(training, *full, quiet, cancel);
    if (rerun.status == RunStatus::Cancelled) {
        result.status = RunStatus::Cancelled;
        return;
    }
    result.test_loss = rerun.test_loss;
    result.test_acc = rerun.test_acc;
}

} // namespace

SearchResult runSearch(const SearchSpec &spec, Proposer &proposer, SearchObserver &observer,
                       const std::atomic<bool> *cancel, const SearchData &data)
{
    SearchResult result;
    ThreadTeam team(spec.threads);
    std::optional<MedianPruner> pruner;
    if (spec.prune && !spec.function)
        pruner.emplace(spec.prune->warmup_epochs);
    std::optional<LossSurface> surface;
    if (spec.function)
        surface.emplace(*spec.function);
    TestPartHidden hideTest;
    std::vector<Observation> observations;
    double worst = -std::numeric_limits<double>::infinity();
    int next = 1;
    while (next <= spec.trials && result.status == RunStatus::Finished) {
        if (cancel && cancel->load()) {
            result.status = RunStatus::Cancelled;
            break;
        }
        const std::vector<Eigen::VectorXd> points =
            proposer.propose(observations, {}, std::min(team.size(), spec.trials - next + 1));
        if (points.empty())
            break;
        std::vector<Trial> batch(points.size());
        for (std::size_t i = 0; i < batch.size(); ++i) {
            TrialRecord &record = batch[i].record;
            record.trial = next++;
            record.unit = points[i];
            for (int k = 0; k < spec.space.size(); ++k)
                record.values.push_back(spec.space.dimensions[static_cast<std::size_t>(k)].valueAt(points[i][k]));
            if (surface)
                continue;
            batch[i].training = spec.experiment(record.values);
            batch[i].training.threads = 1;
            batch[i].data = hideTest(data(batch[i].training));
        }
        std::vector<std::exception_ptr> errors(batch.size());
        team.run([&](int part) {
            if (part >= static_cast<int>(batch.size()))
                return;
            Trial &trial = batch[static_cast<std::size_t>(part)];
            try {
                observer.onTrialStarted(trial.record.trial, trial.record.values);
                const auto start = std::chrono::steady_clock::now();
                if (surface)
                    runFunctionTrial(trial.record, *surface);
                else
                    runTrainingTrial(trial, spec.objective, observer, pruner ? &*pruner : nullptr, cancel);
                trial.record.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                if (trial.record.status != TrialStatus::Cancelled)
                    observer.onTrialFinished(trial.record);
            } catch (...) {
                errors[static_cast<std::size_t>(part)] = std::current_exception();
            }
        });
        for (const std::exception_ptr &error : errors)
            if (error)
                std::rethrow_exception(error);
        for (const Trial &trial : batch) {
            const TrialStatus status = trial.record.status;
            if (status == TrialStatus::Ok || status == TrialStatus::Pruned)
                worst = std::max(worst, trial.record.objective);
            if (status == TrialStatus::Diverged && trial.initial)
                worst = std::max(worst, *trial.initial);
        }
        for (Trial &trial : batch) {
            TrialRecord &record = trial.record;
            if (record.status == TrialStatus::Cancelled) {
                result.status = RunStatus::Cancelled;
                continue;
            }
            if (record.status == TrialStatus::Diverged)
                record.objective = std::isfinite(worst) ? worst : std::numeric_limits<double>::max();
            if (pruner && record.status == TrialStatus::Ok)
                pruner->addCompleted(record.val_losses);
            observations.push_back({record.unit, record.objective, record.status == TrialStatus::Pruned});
            observer.onTrialRecorded(record);
            result.trials.push_back(std::move(record));
        }
    }
    for (std::size_t i = 0; i < result.trials.size(); ++i)
        if (result.trials[i].status != TrialStatus::Diverged &&
            (!result.best || result.trials[i].objective < result.trials[*result.best].objective))
            result.best = i;
    if (result.best && !spec.function && result.status == RunStatus::Finished)
        scoreOnTest(result, spec, cancel, data);
    return result;
}

} // namespace kobai
