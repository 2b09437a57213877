#include "search/RandomProposer.h"

namespace kobai {

RandomProposer::RandomProposer(int dimensions, std::uint64_t seed) : dimensions_(dimensions), random_(seed) {}

std::vector<Eigen::VectorXd> RandomProposer::propose(const std::vector<Observation> &,
                                                     const std::vector<Eigen::VectorXd> &, int count)
{
    std::vector<Eigen::VectorXd> points;
    for (int i = 0; i < count; ++i) {
        Eigen::VectorXd unit(dimensions_);
        for (int k = 0; k < dimensions_; ++k)
            unit[k] = random_.uniform01();
        points.push_back(std::move(unit));
    }
    return points;
}

} // namespace kobai
