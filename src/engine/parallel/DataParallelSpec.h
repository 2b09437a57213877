#pragma once
// Data-parallel SGD as plain data (issue 17, docs/experiments.md › data_parallel): K
// workers, each with batch_size samples of every update, and how their gradients meet.
// Every default is defined once, here.
#include <optional>
#include <string>

namespace kobai {

enum class DataParallelMode {
    Sync,  ///< the K shard gradients are averaged (all-reduce) and one update applied
    Stale, ///< as sync, but each gradient is computed on the weights of τ updates ago (deterministic)
    Async, ///< Hogwild: K threads update shared weights without locks, each with its own batches
};

enum class NetworkTopology {
    Ring,            ///< ring all-reduce: 2(K − 1)/K · S/β + 2(K − 1)·α
    ParameterServer, ///< every worker to one server: K·S/β + 2α at the server's link
};

/// Top-k sparsification of each worker's gradient (Lin et al. 2018, Stich et al. 2018).
struct CompressionSpec {
    /// The fraction f of gradient entries a worker sends, in (0, 1]: k = max(1, ⌊f·P⌋).
    double top_k = 0.01;
    /// Keep what was not sent and add it to the next gradient.
    bool error_feedback = true;
};

/// The cost model of the communication; the compute is measured on this machine.
struct NetworkSpec {
    double latency_us = 50.0;    ///< α, per message (1 GbE-like default)
    double bandwidth_gbps = 1.0; ///< β, gigabits per second of one link
    NetworkTopology topology = NetworkTopology::Ring;
    /// The NetworkPresets.h name the two numbers came from; empty when the file stated them.
    std::string preset;
};

struct DataParallelSpec {
    int workers = 2;
    DataParallelMode mode = DataParallelMode::Sync;
    /// τ of mode stale: the gradient of update t is computed on the weights after update t − τ.
    int staleness = 0;
    std::optional<CompressionSpec> compression; ///< none: every worker sends its whole gradient
    std::optional<NetworkSpec> network;         ///< none: the workers share memory, communication is free
};

/// The most workers an experiment may ask for.
constexpr int maxDataParallelWorkers = 64;

} // namespace kobai
