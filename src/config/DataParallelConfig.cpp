#include "DataParallelConfig.h"

#include "TrainingBounds.h"

namespace kobai::config {

const QStringList &dataParallelModeNames()
{
    static const QStringList names{QStringLiteral("sync"), QStringLiteral("stale"), QStringLiteral("async")};
    return names;
}

const QStringList &networkTopologyNames()
{
    static const QStringList names{QStringLiteral("ring"), QStringLiteral("parameter_server")};
    return names;
}

namespace {

CompressionSpec readCompressionObject(ObjectReader reader)
{
    CompressionSpec compression;
    reader.read("top_k", compression.top_k, Range::above(0).upTo(1));
    reader.read("error_feedback", compression.error_feedback, Range::any());
    reader.finish();
    return compression;
}

NetworkSpec readNetworkObject(ObjectReader reader)
{
    NetworkSpec network;
    reader.read("latency_us", network.latency_us, Range::atLeast(0).upTo(1e9));
    reader.read("bandwidth_gbps", network.bandwidth_gbps, Range::above(0).upTo(1e6));
    network.topology = static_cast<NetworkTopology>(reader.choice("topology", networkTopologyNames(), 0));
    reader.finish();
    return network;
}

/// Every update takes K per-worker batches (sync, stale) or K workers each take their own
/// (async): K batches must fit in one epoch's samples, and a batch must be a real one.
void checkBatchesFit(ObjectReader &root, ObjectReader &reader, const TrainingSpec &spec, const DataParallelSpec &dp)
{
    if (spec.batch_size == 0)
        root.fail("batch_size", QStringLiteral("a per-worker batch of at least 1 sample with data_parallel "
                                               "(0, the whole set, leaves nothing to share out)"));
    const double train = estimateCost(spec).trainSamples;
    if (static_cast<double>(spec.batch_size) * dp.workers > train)
        reader.fail("workers", QStringLiteral("at most %1 workers: %2 × batch_size %3 is more than the %4 training "
                                              "samples")
                                   .arg(static_cast<long long>(train) / spec.batch_size)
                                   .arg(dp.workers)
                                   .arg(spec.batch_size)
                                   .arg(train));
    // Batch norm needs 2 samples in every worker's shard, the last global batch's too.
    const auto globalBatch = static_cast<long long>(spec.batch_size) * dp.workers;
    const long long rest = static_cast<long long>(train) % globalBatch;
    if (dp.mode != DataParallelMode::Async && spec.model.kind == ModelKind::Mlp && spec.model.batch_norm && rest > 0 &&
        rest < 2LL * dp.workers)
        reader.fail("workers", QStringLiteral("fewer workers with model.batch_norm: the last global batch of %1 "
                                              "samples gives a worker fewer than 2 (every shard needs 2 for its "
                                              "variance)")
                                   .arg(rest));
}

} // namespace

void readDataParallel(ObjectReader &root, TrainingSpec &spec)
{
    if (!root.has("data_parallel") || root.raw("data_parallel").isNull())
        return;
    ObjectReader reader = root.object("data_parallel");
    DataParallelSpec dp;
    if (!reader.has("workers"))
        reader.fail("workers", QStringLiteral("the number of workers, 1 … %1 (required)").arg(maxDataParallelWorkers));
    reader.read("workers", dp.workers, Range::integerBetween(1, maxDataParallelWorkers));
    dp.mode = static_cast<DataParallelMode>(reader.choice("mode", dataParallelModeNames(), 0));
    if (reader.has("staleness") && dp.mode != DataParallelMode::Stale)
        reader.fail("staleness", QStringLiteral("no staleness: only mode \"stale\" reads it (async measures its own)"));
    reader.read("staleness", dp.staleness, Range::integerBetween(0, 1'000'000));
    if (reader.has("compression") && !reader.raw("compression").isNull())
        dp.compression = readCompressionObject(reader.object("compression"));
    if (reader.has("network") && !reader.raw("network").isNull())
        dp.network = readNetworkObject(reader.object("network"));
    checkBatchesFit(root, reader, spec, dp);
    reader.finish();
    spec.data_parallel = dp;
}

void writeDataParallel(QJsonObject &out, const TrainingSpec &spec)
{
    if (!spec.data_parallel)
        return;
    const DataParallelSpec &dp = *spec.data_parallel;
    QJsonObject object{{"workers", dp.workers}, {"mode", dataParallelModeNames()[static_cast<int>(dp.mode)]}};
    if (dp.mode == DataParallelMode::Stale)
        object.insert("staleness", dp.staleness);
    if (dp.compression)
        object.insert("compression", QJsonObject{{"top_k", dp.compression->top_k},
                                                 {"error_feedback", dp.compression->error_feedback}});
    if (dp.network)
        object.insert("network", QJsonObject{{"latency_us", dp.network->latency_us},
                                             {"bandwidth_gbps", dp.network->bandwidth_gbps},
                                             {"topology", networkTopologyNames()[static_cast<int>(dp.network->topology)]}});
    out.insert("data_parallel", object);
}

} // namespace kobai::config
