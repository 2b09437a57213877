#include "ScalingConfig.h"

#include "DataParallelConfig.h"
#include "TrainingBounds.h"

#include <QJsonArray>

namespace kobai::config {

namespace {

/// The per-worker batch is what one worker's timed passes run on: a real batch, one the
/// training set can fill (the training reader has refused a batch of 1 with batch norm).
void checkScalingBatch(ObjectReader &root, const TrainingSpec &training)
{
    if (training.batch_size < 1)
        root.fail("batch_size", QStringLiteral("a per-worker batch of at least 1 sample (0, the whole set, leaves "
                                               "nothing to share out)"));
    const double train = estimateCost(training).trainSamples;
    if (static_cast<double>(training.batch_size) > train)
        root.fail("batch_size", QStringLiteral("at most %1, the training samples").arg(train));
}

void readWorkerCounts(ObjectReader &root, ScalingSpec &spec)
{
    if (!root.has("workers"))
        return;
    const QString expected = QStringLiteral("an array of worker counts 1 … %1 in increasing order, e.g. "
                                            "[1, 2, 4, 8]")
                                 .arg(maxScalingWorkers);
    spec.workers.clear();
    root.read("workers", spec.workers, Range::integerBetween(1, maxScalingWorkers));
    if (spec.workers.empty())
        root.fail("workers", expected);
    for (std::size_t i = 1; i < spec.workers.size(); ++i)
        if (spec.workers[i] <= spec.workers[i - 1])
            throw ConfigError(root.file(), root.field("workers") + QStringLiteral("[%1]").arg(i),
                              QString::number(spec.workers[i]),
                              QStringLiteral("more than %1 (worker counts in increasing order)")
                                  .arg(spec.workers[i - 1]));
}

} // namespace

ScalingSpec readScaling(ObjectReader &root, TrainingSpec training)
{
    ScalingSpec spec;
    spec.training = std::move(training);
    checkScalingBatch(root, spec.training);
    readWorkerCounts(root, spec);
    if (!root.has("network"))
        root.fail("network", QStringLiteral("an object {\"preset\": \"10gbe\", \"topology\": \"ring\"} or "
                                            "{\"latency_us\", \"bandwidth_gbps\", \"topology\"} (required)"));
    spec.network = readNetwork(root.object("network"));
    root.read("compute_seconds", spec.compute_seconds, Range::above(0).upTo(1e6));
    if (root.has("compression") && !root.raw("compression").isNull())
        spec.compression = readCompression(root.object("compression"));
    return spec;
}

QJsonObject scalingToJson(const ScalingSpec &spec, QJsonObject training)
{
    QJsonArray workers;
    for (const int k : spec.workers)
        workers.append(k);
    training.insert("workers", workers);
    training.insert("network", networkToJson(spec.network));
    training.insert("compute_seconds", spec.compute_seconds ? QJsonValue(*spec.compute_seconds)
                                                            : QJsonValue(QJsonValue::Null));
    training.insert("compression", spec.compression ? QJsonValue(compressionToJson(*spec.compression))
                                                    : QJsonValue(QJsonValue::Null));
    return training;
}

} // namespace kobai::config
