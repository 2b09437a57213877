#include "parallel/NetworkCost.h"

namespace kobai {

double communicationSeconds(const NetworkSpec &network, int workers, double bytes)
{
    const double bytesPerSecond = network.bandwidth_gbps * 1e9 / 8.0;
    const double latency = network.latency_us * 1e-6;
    const double k = workers;
    if (network.topology == NetworkTopology::Ring)
        return 2.0 * (k - 1.0) / k * bytes / bytesPerSecond + 2.0 * (k - 1.0) * latency;
    return k * bytes / bytesPerSecond + 2.0 * latency;
}

double modelledUpdateSeconds(double computeSeconds, double bytes, int workers,
                             const std::optional<NetworkSpec> &network)
{
    if (!network)
        return computeSeconds;
    return computeSeconds + communicationSeconds(*network, workers, bytes);
}

} // namespace kobai
