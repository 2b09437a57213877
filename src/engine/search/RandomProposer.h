#pragma once
// Random search (Bergstra & Bengio 2012): each coordinate of each point uniform on [0, 1),
// independently of every result. Through SearchDimension::valueAt that is uniform on a
// range, log-uniform on a log range (10^U(−6, −2) for η as ゼロから作るDeep Learning
// §6.5 draws it) and uniform over a choice's values.
#include "core/Random.h"
#include "search/Proposer.h"

#include <cstdint>

namespace kobai {

class RandomProposer final : public Proposer {
public:
    RandomProposer(int dimensions, std::uint64_t seed);

    std::vector<Eigen::VectorXd> propose(const std::vector<Observation> &finished,
                                         const std::vector<Eigen::VectorXd> &running, int count) override;

private:
    int dimensions_;
    Random random_;
};

} // namespace kobai
