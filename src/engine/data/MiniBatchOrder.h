#pragma once
// The order in which training samples feed the updates, one mini-batch at a time, as the
// trainer takes them: every sample in index order at first; at the start of each epoch,
// when a batch is smaller than the set, a reshuffle (the Shuffle stream of the seed) of the
// previous epoch's order; the last batch of an epoch takes what is left.
#include "core/Random.h"

#include <Eigen/Core>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kobai {

class MiniBatchOrder {
public:
    /// batch in [1, samples].
    MiniBatchOrder(Eigen::Index samples, Eigen::Index batch, std::uint64_t seed);

    /// The samples of the next update.
    std::span<const Eigen::Index> next();

private:
    std::vector<Eigen::Index> order_;
    Eigen::Index batch_;
    Eigen::Index position_ = 0;
    Random random_;
};

/// What a run tells the learner when its batch is larger than the training set and the
/// whole set is used instead.
std::string largeBatchNote(long batch, Eigen::Index samples);

} // namespace kobai
