#include "search/MedianPruner.h"

#include <algorithm>
#include <cmath>

namespace kobai {

MedianPruner::MedianPruner(int warmupEpochs) : warmup_(warmupEpochs) {}

void MedianPruner::addCompleted(const std::vector<double> &valLosses)
{
    if (byEpoch_.size() < valLosses.size())
        byEpoch_.resize(valLosses.size());
    for (std::size_t e = 0; e < valLosses.size(); ++e)
        byEpoch_[e].push_back(valLosses[e]);
}

bool MedianPruner::shouldPrune(int epoch, double valLoss) const
{
    if (epoch < warmup_ || epoch >= static_cast<int>(byEpoch_.size()))
        return false;
    std::vector<double> values = byEpoch_[static_cast<std::size_t>(epoch)];
    if (values.empty())
        return false;
    if (std::isnan(valLoss))
        return true;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    const double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return valLoss > median;
}

} // namespace kobai
