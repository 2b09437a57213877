// A search on the runner's lane: trials as their batches end, and for a Bayesian search
// what its Gaussian process believed when it chose each batch (lesson 11's pictures).
#include "run/ExperimentRunner.h"
#include "run/RunnerLane.h"

#include "data/DatasetCache.h"
#include "search/BayesianProposer.h"
#include "search/ProposerFactory.h"
#include "search/SearchRun.h"

#include <functional>

namespace kobai::app {

namespace {

/// Cells per side of a belief map: fine enough for a panel a few hundred pixels wide and
/// cheap enough to make after every proposal (1 600 posterior evaluations).
constexpr int beliefResolution = 40;

/// Hands on a Bayesian proposer's belief maps after each of its proposals: the model that
/// chose the batch about to run, with the points it chose.
class BeliefWatch : public Proposer
{
public:
    using Sink = std::function<void(std::vector<BeliefMap>)>;

    BeliefWatch(Proposer &inner, std::vector<BeliefAxes> axes, Sink sink)
        : m_inner(inner), m_bayes(dynamic_cast<const BayesianProposer *>(&inner)), m_axes(std::move(axes)),
          m_sink(std::move(sink))
    {
    }

    std::vector<Eigen::VectorXd> propose(const std::vector<Observation> &finished,
                                         const std::vector<Eigen::VectorXd> &running, int count) override
    {
        std::vector<Eigen::VectorXd> points = m_inner.propose(finished, running, count);
        if (m_bayes && !m_axes.empty()) {
            std::vector<BeliefMap> maps;
            for (const auto &[x, y] : m_axes)
                if (std::optional<BeliefMap> map = m_bayes->beliefMap(x, y, beliefResolution))
                    maps.push_back(std::move(*map));
            // Before the model's first fit (the random start) there is nothing to show.
            if (maps.size() == m_axes.size())
                m_sink(std::move(maps));
        }
        return points;
    }

private:
    Proposer &m_inner;
    const BayesianProposer *m_bayes;
    std::vector<BeliefAxes> m_axes;
    Sink m_sink;
};

} // namespace

RunOutcome ExperimentRunner::runSearch(Lane &lane, const RunRequest &request, Collector &collector)
{
    /// Each trial once its batch has ended, in trial order; the epochs the workers finish
    /// as the runner's progress count.
    struct Trials : SearchObserver {
        explicit Trials(Collector &collector) : collector(collector) {}
        void onTrialEpoch(int, const EpochRecord &) override { collector.countEpoch(); }
        void onTrialRecorded(const TrialRecord &trial) override { collector.addTrial(trial); }
        Collector &collector;
    };
    const SearchSpec &spec = request.experiment.search.spec;
    const std::unique_ptr<Proposer> strategy = makeProposer(spec);
    BeliefWatch proposer(*strategy, request.beliefAxes,
                         [&collector](std::vector<BeliefMap> maps) { collector.setBeliefs(std::move(maps)); });
    Trials observer(collector);
    collector.begin(-1); // no training set of its own: counts from 0
    const SearchResult result = kobai::runSearch(spec, proposer, observer, &lane.cancel, [](const TrainingSpec &training) {
        return DatasetCache::processWide().get(training.dataset, training.seed);
    });
    RunOutcome outcome;
    outcome.status = result.status;
    outcome.stopEpoch = static_cast<int>(result.trials.size());
    return outcome;
}

} // namespace kobai::app
