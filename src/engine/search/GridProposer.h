#pragma once
// Grid search: every combination of the keys' values, once each. The order is that of
// nested loops over the keys in the file's order, the first key outermost (it changes
// slowest) and the last key innermost, each key's values in the order listed. A value is
// proposed at the centre of its choice cell, (i + ½)/n, so SearchDimension::valueAt gives
// it back exactly.
#include "search/Proposer.h"
#include "search/SearchSpace.h"

namespace kobai {

class GridProposer final : public Proposer {
public:
    /// Every dimension of space is a Choice (its values).
    explicit GridProposer(const SearchSpace &space);

    /// The number of points: the product of the keys' value counts.
    long long size() const;

    std::vector<Eigen::VectorXd> propose(const std::vector<Observation> &finished,
                                         const std::vector<Eigen::VectorXd> &running, int count) override;

private:
    std::vector<int> counts_; ///< values per key
    long long next_ = 0; ///< the index of the next point in the nested-loop order
};

} // namespace kobai
