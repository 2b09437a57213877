#include "data/MiniBatchOrder.h"

#include <algorithm>
#include <numeric>

namespace kobai {

MiniBatchOrder::MiniBatchOrder(Eigen::Index samples, Eigen::Index batch, std::uint64_t seed)
    : order_(static_cast<std::size_t>(samples)), batch_(batch), random_(seed, RandomStream::Shuffle)
{
    std::iota(order_.begin(), order_.end(), Eigen::Index{0});
}

std::span<const Eigen::Index> MiniBatchOrder::next()
{
    const auto samples = static_cast<Eigen::Index>(order_.size());
    if (position_ == samples)
        position_ = 0;
    if (position_ == 0 && batch_ < samples)
        random_.shuffle(order_);
    const Eigen::Index count = std::min(batch_, samples - position_);
    const std::span<const Eigen::Index> rows(order_.data() + position_, static_cast<std::size_t>(count));
    position_ += count;
    return rows;
}

std::string largeBatchNote(long batch, Eigen::Index samples)
{
    return "batch_size " + std::to_string(batch) + " is larger than the " + std::to_string(samples) +
           " training samples; using the whole set (batch gradient descent)";
}

} // namespace kobai
