#include "search/GridProposer.h"

namespace kobai {

GridProposer::GridProposer(const SearchSpace &space)
{
    for (const SearchDimension &dimension : space.dimensions)
        counts_.push_back(static_cast<int>(dimension.choices.size()));
}

long long GridProposer::size() const
{
    long long product = 1;
    for (int count : counts_)
        product *= count;
    return product;
}

std::vector<Eigen::VectorXd> GridProposer::propose(const std::vector<Observation> &, const std::vector<Eigen::VectorXd> &,
                                                   int count)
{
    std::vector<Eigen::VectorXd> points;
    const auto d = static_cast<Eigen::Index>(counts_.size());
    for (; next_ < size() && static_cast<int>(points.size()) < count; ++next_) {
        Eigen::VectorXd unit(d);
        long long rest = next_;
        for (Eigen::Index k = d - 1; k >= 0; --k) { // the last key is the innermost loop
            const int n = counts_[static_cast<std::size_t>(k)];
            unit[k] = (static_cast<double>(rest % n) + 0.5) / n;
            rest /= n;
        }
        points.push_back(std::move(unit));
    }
    return points;
}

} // namespace kobai
