#pragma once
// The proposer of a search's strategy.
#include "search/Proposer.h"
#include "search/SearchSpec.h"

#include <memory>

namespace kobai {

std::unique_ptr<Proposer> makeProposer(const SearchSpec &spec);

} // namespace kobai
