#pragma once
// The communication cost model of data-parallel SGD beyond one machine (issue 17): the
// compute is measured on this machine's cores, the network is a formula.
//   ring all-reduce     2(K − 1)/K · S/β + 2(K − 1)·α   (Patarasuk & Yuan 2009; baidu-allreduce:
//                       K − 1 scatter-reduce and K − 1 all-gather steps, each a chunk S/K)
//   parameter server    K·S/β + 2α                       (the K gradients in at the server's link,
//                                                          one message each way per worker)
// S the bytes of one worker's gradient, β the link's bandwidth, α the latency per message.
#include "parallel/DataParallelSpec.h"

#include <optional>

namespace kobai {

/// Seconds to exchange one update's gradients of `bytes` each between `workers` workers.
double communicationSeconds(const NetworkSpec &network, int workers, double bytes);

/// The modelled time of one update: its compute plus its communication; without a
/// network the workers share memory and the communication is free.
double modelledUpdateSeconds(double computeSeconds, double bytes, int workers,
                             const std::optional<NetworkSpec> &network);

} // namespace kobai
