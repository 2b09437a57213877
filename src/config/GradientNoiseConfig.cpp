#include "GradientNoiseConfig.h"

#include "TrainingBounds.h"

namespace kobai::config {

// Each batch size one the training set can fill, in increasing order (a chart's x-axis).
GradientNoiseSpec readGradientNoise(ObjectReader &root, TrainingSpec training)
{
    GradientNoiseSpec spec;
    spec.training = std::move(training);
    // With batch normalisation a sample's gradient depends on the rest of its batch: no
    // per-sample spread to measure, and the finite-population formula does not hold.
    if (spec.training.model.batch_norm)
        throw ConfigError(root.file(), root.field("model") + QStringLiteral(".batch_norm"), QStringLiteral("on"),
                          QStringLiteral("false or absent: with batch normalisation a sample's gradient depends on "
                                         "its batch, so gradient noise has no per-sample spread to measure"));
    const QString expected = QStringLiteral("an array of 1 … %1 batch sizes in increasing order, e.g. [8, 32, 128] "
                                            "(required)")
                                 .arg(maxMeasuredBatchSizes);
    if (!root.has("batch_sizes"))
        root.fail("batch_sizes", expected);
    root.read("batch_sizes", spec.batch_sizes, Range::integerAtLeast(1));
    if (spec.batch_sizes.empty() || spec.batch_sizes.size() > maxMeasuredBatchSizes)
        root.fail("batch_sizes", expected);
    const TrainingCost cost = estimateCost(spec.training);
    for (std::size_t i = 0; i < spec.batch_sizes.size(); ++i) {
        const long b = spec.batch_sizes[i];
        const QString field = root.field("batch_sizes") + QStringLiteral("[%1]").arg(i);
        if (static_cast<double>(b) > cost.trainSamples)
            throw ConfigError(root.file(), field, QString::number(b),
                              QStringLiteral("at most %1, the training samples").arg(cost.trainSamples));
        if (i > 0 && b <= spec.batch_sizes[i - 1])
            throw ConfigError(root.file(), field, QString::number(b),
                              QStringLiteral("more than %1 (batch sizes in increasing order)")
                                  .arg(spec.batch_sizes[i - 1]));
    }
    root.read("repeats", spec.repeats, Range::integerBetween(2, 1'000'000));
    checkGradientNoiseBounds(root, spec, cost);
    return spec;
}

QJsonObject gradientNoiseToJson(const GradientNoiseSpec &spec, QJsonObject training)
{
    QJsonArray sizes;
    for (long b : spec.batch_sizes)
        sizes.append(static_cast<double>(b));
    training.insert("batch_sizes", sizes);
    training.insert("repeats", static_cast<double>(spec.repeats));
    return training;
}

} // namespace kobai::config
