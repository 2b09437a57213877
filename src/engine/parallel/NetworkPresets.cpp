#include "parallel/NetworkPresets.h"

#include <array>

namespace kobai {

namespace {

constexpr std::array presets{
    // IEEE 802.3ab 1000BASE-T: 1 Gb/s. Kernel TCP/IP on commodity NICs: a small message
    // takes tens of µs one way (Larsen et al., "Architectural breakdown of end-to-end
    // latency in a TCP/IP network", IJPP 37, 2009, measure ≈ 25–50 µs with interrupt
    // moderation); 50 µs is the conservative end.
    NetworkPreset{"1gbe", 50.0, 1.0},
    // IEEE 802.3ae 10GBASE: 10 Gb/s. Kernel TCP on a 10 GbE server NIC without interrupt
    // moderation: ≈ 10 µs one way (the same Larsen et al. breakdown; Mellanox/Intel
    // netperf TCP_RR figures are of that order).
    NetworkPreset{"10gbe", 10.0, 10.0},
    // InfiniBand EDR (4× 25 Gb/s lanes): 100 Gb/s (InfiniBand Trade Association roadmap;
    // HDR is 200 Gb/s). MPI ping-pong over ConnectX-4/5 with RDMA: ≈ 1–1.5 µs (OSU
    // micro-benchmarks osu_latency as published by Mellanox/NVIDIA for EDR).
    NetworkPreset{"infiniband", 1.5, 100.0},
    // NVLink 3 on the A100: 12 links, 600 GB/s both directions together = 300 GB/s per
    // direction = 2400 Gb/s (NVIDIA A100 Tensor Core GPU Architecture whitepaper, 2020).
    // A small NCCL message between GPUs still costs ≈ 2 µs of launch and synchronisation
    // (NCCL's own small-message latency, nccl-tests all_reduce at 8 bytes).
    NetworkPreset{"nvlink", 2.0, 2400.0},
};

} // namespace

std::span<const NetworkPreset> networkPresets() { return presets; }

std::optional<NetworkPreset> findNetworkPreset(std::string_view name)
{
    for (const NetworkPreset &preset : presets)
        if (preset.name == name)
            return preset;
    return std::nullopt;
}

} // namespace kobai
