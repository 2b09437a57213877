#include "search/ProposerFactory.h"

#include "search/BayesianProposer.h"
#include "search/GridProposer.h"
#include "search/RandomProposer.h"

namespace kobai {

std::unique_ptr<Proposer> makeProposer(const SearchSpec &spec)
{
    switch (spec.strategy) {
    case SearchStrategy::Grid:
        return std::make_unique<GridProposer>(spec.space);
    case SearchStrategy::Random:
        return std::make_unique<RandomProposer>(spec.space.size(), spec.seed);
    case SearchStrategy::Bayes:
        break;
    }
    return std::make_unique<BayesianProposer>(spec.space, spec.bayes, spec.seed);
}

} // namespace kobai
