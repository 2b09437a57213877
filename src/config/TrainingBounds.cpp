#include "TrainingBounds.h"

#include "ConfigError.h"

#include "data/DatasetSplit.h"

#include <algorithm>

namespace kobai::config {

namespace {

/// Fashion-MNIST's images: 28 × 28 pixels, 10 classes.
constexpr double fashionPixels = 28 * 28;
constexpr double fashionClasses = 10;
constexpr double fashionTrainingImages = 60000;

/// Stored numbers per parameter: the parameter, its gradient, up to three optimizer
/// buffers (AMSGrad's m, v, max v) and early stopping's best copy.
constexpr double copiesPerParameter = 6;
/// Stored numbers per activation in a mini-batch: the output, the pre-activation and
/// its gradient.
constexpr double copiesPerActivation = 3;
/// Evaluation passes go through the network this many samples at a time (TrainingRun).
constexpr double evaluationChunk = 1024;

struct DataShape {
    double inputs, outputs, train, validation, test;
};

DataShape shapeOf(const DatasetSpec &dataset)
{
    return std::visit(
        [](const auto &o) -> DataShape {
            using Options = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<Options, FashionMnistOptions>) {
                const double train = o.train_size ? static_cast<double>(*o.train_size)
                                                  : fashionTrainingImages - static_cast<double>(o.val_size);
                return {fashionPixels, fashionClasses, train, static_cast<double>(o.val_size),
                        static_cast<double>(o.test_size)};
            } else {
                const SplitSizes sizes = splitSizes(static_cast<std::size_t>(o.n), o.split);
                double inputs = 2, outputs = 1;
                if constexpr (std::is_same_v<Options, LinearDataOptions>)
                    inputs = 1;
                else if constexpr (std::is_same_v<Options, SineDataOptions>)
                    inputs = o.degree;
                else if constexpr (std::is_same_v<Options, MoonsDataOptions>)
                    outputs = 2;
                else if constexpr (std::is_same_v<Options, SpiralsDataOptions>)
                    outputs = o.classes;
                else if constexpr (std::is_same_v<Options, BlobsDataOptions>)
                    outputs = o.centers;
                return {inputs, outputs, static_cast<double>(sizes.train), static_cast<double>(sizes.validation),
                        static_cast<double>(sizes.test)};
            }
        },
        dataset);
}

QString scientific(double value) { return QString::number(value, 'g', 3); }

} // namespace

TrainingCost estimateCost(const TrainingSpec &spec)
{
    const DataShape shape = shapeOf(spec.dataset);
    std::vector<double> sizes{shape.inputs};
    if (spec.model.kind == ModelKind::Mlp)
        for (int width : spec.model.hidden)
            sizes.push_back(width);
    sizes.push_back(shape.outputs);

    TrainingCost cost;
    cost.inputs = shape.inputs;
    cost.outputs = shape.outputs;
    cost.trainSamples = shape.train;
    cost.validationSamples = shape.validation;
    double units = 0;
    for (std::size_t l = 0; l + 1 < sizes.size(); ++l)
        cost.parameters += (sizes[l] + 1) * sizes[l + 1];
    for (double width : sizes)
        units += width;
    // A multiply-add is two operations; backward costs twice forward.
    const double perEpoch = 2 * cost.parameters * (3 * shape.train + shape.train + shape.validation);
    cost.flops = perEpoch * spec.epochs + 2 * cost.parameters * (shape.train + shape.validation + shape.test);
    const double batch = spec.batch_size == 0 ? shape.train : std::min<double>(spec.batch_size, shape.train);
    const double rows = std::max(batch, std::min(evaluationChunk, std::max(shape.train, shape.validation)));
    const double samples = shape.train + shape.validation + shape.test;
    cost.bytes = 8 * (copiesPerParameter * cost.parameters + copiesPerActivation * rows * units +
                      samples * (shape.inputs + shape.outputs));
    return cost;
}

namespace {

/// Batch norm in training needs two samples or more in every mini-batch, the last one
/// of an epoch included (PyTorch: "Expected more than 1 value per channel when training").
void checkBatchNormBatches(const ObjectReader &root, const TrainingSpec &spec)
{
    if (spec.model.kind != ModelKind::Mlp || !spec.model.batch_norm)
        return;
    const auto n = static_cast<long>(shapeOf(spec.dataset).train);
    const long batch = spec.batch_size == 0 || spec.batch_size > n ? n : spec.batch_size;
    if (batch >= 2 && n % batch != 1)
        return;
    const QString last = batch == 1 || n < 2 ? QStringLiteral("every mini-batch has")
                                             : QStringLiteral("with %1 training samples the last mini-batch has")
                                                   .arg(n);
    throw ConfigError(root.file(), root.field("batch_size"), QString::number(spec.batch_size),
                      QStringLiteral("mini-batches of at least 2 samples with model.batch_norm (%1 1 sample, whose "
                                     "variance is 0): another batch_size")
                          .arg(last));
}

} // namespace

void checkTrainingBounds(const ObjectReader &root, const TrainingSpec &spec)
{
    checkBatchNormBatches(root, spec);
    const QString model = root.field("model");
    if (spec.model.hidden.size() > maxHiddenLayers)
        throw ConfigError(root.file(), model + QStringLiteral(".hidden"),
                          QStringLiteral("(%1 layer sizes)").arg(spec.model.hidden.size()),
                          QStringLiteral("at most %1 hidden layers").arg(maxHiddenLayers));
    const TrainingCost cost = estimateCost(spec);
    if (cost.parameters > maxParameters)
        throw ConfigError(root.file(), model + QStringLiteral(".hidden"),
                          QStringLiteral("(%1 parameters with %2 inputs and %3 outputs)")
                              .arg(scientific(cost.parameters), scientific(cost.inputs), scientific(cost.outputs)),
                          QStringLiteral("at most %1 weights and biases").arg(scientific(maxParameters)));
    if (cost.bytes > maxRunBytes)
        throw ConfigError(root.file(), root.field("batch_size"),
                          QStringLiteral("(about %1 GiB for %2 parameters and mini-batches of %3 samples)")
                              .arg(scientific(cost.bytes / (1024.0 * 1024 * 1024)), scientific(cost.parameters),
                                   scientific(spec.batch_size == 0 ? cost.trainSamples : double(spec.batch_size))),
                          QStringLiteral("a run that fits in %1 GiB: smaller mini-batches, layers or data")
                              .arg(maxRunBytes / (1024.0 * 1024 * 1024)));
    if (cost.flops > maxRunFlops)
        throw ConfigError(root.file(), root.field("epochs"),
                          QStringLiteral("%1 (about %2 floating-point operations for %3 parameters and %4 "
                                         "training samples)")
                              .arg(spec.epochs)
                              .arg(scientific(cost.flops), scientific(cost.parameters),
                                   scientific(cost.trainSamples)),
                          QStringLiteral("a run of at most %1 operations: fewer epochs, samples or parameters")
                              .arg(scientific(maxRunFlops)));
}

void checkGradientNoiseBounds(const ObjectReader &root, const GradientNoiseSpec &spec, const TrainingCost &cost)
{
    double batchSamples = 0;
    for (long b : spec.batch_sizes)
        batchSamples += static_cast<double>(b);
    // Forward and backward (twice forward) per sample, a multiply-add being two operations.
    const double flops = 6 * cost.parameters * (2 * cost.trainSamples + static_cast<double>(spec.repeats) * batchSamples);
    if (flops > maxRunFlops)
        throw ConfigError(root.file(), root.field("repeats"),
                          QStringLiteral("%1 (about %2 floating-point operations for %3 parameters and %4 samples "
                                         "per repeat)")
                              .arg(spec.repeats)
                              .arg(scientific(flops), scientific(cost.parameters), scientific(batchSamples)),
                          QStringLiteral("a measurement of at most %1 operations: fewer repeats, batch sizes or "
                                         "parameters")
                              .arg(scientific(maxRunFlops)));
}

} // namespace kobai::config
