#include "DataParallelConfig.h"

#include "TrainingBounds.h"

#include "parallel/NetworkPresets.h"

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

CompressionSpec readCompression(ObjectReader reader)
{
    CompressionSpec compression;
    reader.read("top_k", compression.top_k, Range::above(0).upTo(1));
    reader.read("error_feedback", compression.error_feedback, Range::any());
    reader.finish();
    return compression;
}

QStringList networkPresetNames()
{
    QStringList names;
    for (const NetworkPreset &preset : networkPresets())
        names.append(QString::fromUtf8(preset.name.data(), static_cast<qsizetype>(preset.name.size())));
    return names;
}

NetworkSpec readNetwork(ObjectReader reader)
{
    NetworkSpec network;
    if (reader.has("preset")) {
        for (const char *number : {"latency_us", "bandwidth_gbps"})
            if (reader.has(number))
                reader.fail(number, QStringLiteral("no %1 with a preset: either \"preset\" or latency_us and "
                                                   "bandwidth_gbps, not both")
                                        .arg(QLatin1String(number)));
        const QStringList names = networkPresetNames();
        const auto preset = networkPresets()[static_cast<std::size_t>(reader.choice("preset", names, 0))];
        network.preset = std::string(preset.name);
        network.latency_us = preset.latency_us;
        network.bandwidth_gbps = preset.bandwidth_gbps;
    }
    reader.read("latency_us", network.latency_us, Range::atLeast(0).upTo(1e9));
    reader.read("bandwidth_gbps", network.bandwidth_gbps, Range::above(0).upTo(1e6));
    network.topology = static_cast<NetworkTopology>(reader.choice("topology", networkTopologyNames(), 0));
    reader.finish();
    return network;
}

QJsonObject compressionToJson(const CompressionSpec &compression)
{
    return QJsonObject{{"top_k", compression.top_k}, {"error_feedback", compression.error_feedback}};
}

QJsonObject networkToJson(const NetworkSpec &network)
{
    const QString topology = networkTopologyNames()[static_cast<int>(network.topology)];
    if (!network.preset.empty())
        return QJsonObject{{"preset", QString::fromStdString(network.preset)}, {"topology", topology}};
    return QJsonObject{{"latency_us", network.latency_us},
                       {"bandwidth_gbps", network.bandwidth_gbps},
                       {"topology", topology}};
}

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
        dp.compression = readCompression(reader.object("compression"));
    if (reader.has("network") && !reader.raw("network").isNull())
        dp.network = readNetwork(reader.object("network"));
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
        object.insert("compression", compressionToJson(*dp.compression));
    if (dp.network)
        object.insert("network", networkToJson(*dp.network));
    out.insert("data_parallel", object);
}

} // namespace kobai::config
