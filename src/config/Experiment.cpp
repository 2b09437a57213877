#include "Experiment.h"

#include "AugmentationConfig.h"
#include "DataParallelConfig.h"
#include "BatchNormConfig.h"
#include "ContourConfig.h"
#include "GradientNoiseConfig.h"
#include "JsonKeyOrder.h"
#include "JsonFile.h"
#include "LayerStatsConfig.h"
#include "ScalingConfig.h"
#include "SchedulerConfig.h"
#include "SpecFields.h"
#include "SurfaceConfig.h"
#include "SweepConfig.h"
#include "TrainingBounds.h"

#include "data/DatasetSplit.h"

#include "core/ThreadTeam.h"

namespace kobai::config {

namespace {

const QStringList kindNames{"training", "trajectory", "schedule", "sweep", "contours", "gradient_noise", "search", "scaling"};
/// Epochs and steps: the accepted range of every run length.
const Range runLength = Range::integerBetween(1, 1'000'000);
/// Trajectory steps keep the optimizer state of every point, so fewer of them.
const Range trajectoryLength = Range::integerBetween(1, 100'000);

/// Textbook Adam takes PyTorch's "betas" pair as well as beta1/beta2.
void readTextbookBetas(ObjectReader &reader, OptimizerSpec &spec)
{
    auto *adam = std::get_if<TextbookAdamOptions>(&spec);
    if (!adam || !reader.has("betas"))
        return;
    if (reader.has("beta1") || reader.has("beta2"))
        reader.fail("betas", QStringLiteral("either betas or beta1/beta2, not both"));
    std::array<double, 2> betas{adam->beta1, adam->beta2};
    reader.read("betas", betas, Range::atLeast(0).upTo(1, false));
    adam->beta1 = betas[0];
    adam->beta2 = betas[1];
}

OptimizerSpec readOptimizer(ObjectReader reader)
{
    const RuleVariant variant = reader.choice("variant", variantNames(), 0) == 1 ? RuleVariant::Textbook
                                                                                : RuleVariant::PyTorch;
    const QStringList names = optimizerNames(variant);
    const int index = reader.choice("name", names, 0);
    OptimizerSpec spec = *defaultRule(variant, names[index].toStdString());
    reader.setOwner(names[index] + (variant == RuleVariant::Textbook ? QStringLiteral(", textbook") : QString()));
    readTextbookBetas(reader, spec);
    std::visit(
        [&](auto &options) {
            readFields(reader, options, fieldsOf(options));
            if constexpr (requires { options.problem(); })
                if (const std::optional<RuleProblem> problem = options.problem())
                    reader.fail(problem->field, QString::fromUtf8(problem->expected));
        },
        spec);
    reader.finish();
    return spec;
}

/// Every part of a synthetic set gets samples: an empty training part cannot be
/// trained, an empty validation part has no loss (0/0).
void checkSplit(ObjectReader &reader, std::size_t n, const SplitOptions &split)
{
    if (split.val_fraction + split.test_fraction >= 1.0)
        reader.fail("test_fraction", QStringLiteral("val_fraction + test_fraction < 1, leaving samples to train on"));
    const SplitSizes sizes = splitSizes(n, split);
    if (sizes.train == 0 || sizes.validation == 0)
        reader.fail(sizes.train == 0 ? "test_fraction" : "val_fraction",
                    QStringLiteral("fractions of n = %1 leaving at least 1 training and 1 validation sample "
                                   "(val_fraction %2 gives %3 validation, test_fraction %4 gives %5 test, "
                                   "%6 left to train)")
                        .arg(n)
                        .arg(split.val_fraction)
                        .arg(sizes.validation)
                        .arg(split.test_fraction)
                        .arg(sizes.test)
                        .arg(sizes.train));
}

DatasetSpec readDataset(ObjectReader reader)
{
    const int index = reader.choice("name", datasetNames(), 2);
    auto spec = variantAlternative<DatasetSpec>(static_cast<std::size_t>(index));
    std::visit(
        [&](auto &options) {
            readFields(reader, options, fieldsOf(options));
            if constexpr (requires { options.split; }) {
                readFields(reader, options.split, fieldsOf(options.split));
                checkSplit(reader, static_cast<std::size_t>(options.n), options.split);
            }
        },
        spec);
    reader.finish();
    return spec;
}

ModelSpec readModel(ObjectReader reader)
{
    ModelSpec model;
    model.kind = static_cast<ModelKind>(reader.choice("name", modelNames(), 2));
    if (model.kind == ModelKind::Mlp) {
        reader.read("hidden", model.hidden, Range::integerBetween(1, 4096));
        if (model.hidden.empty())
            reader.fail("hidden", QStringLiteral("at least one hidden layer size"));
        model.activation = static_cast<Activation>(reader.choice("activation", activationNames(), 0));
        reader.read("dropout", model.dropout, Range::atLeast(0).upTo(1, false));
        model.batch_norm = readBatchNorm(reader);
    } else if (reader.has("batch_norm")) {
        reader.fail("batch_norm", QStringLiteral("no batch_norm: only mlp has hidden layers to normalise"));
    }
    model.init = static_cast<InitScheme>(reader.choice("init", initNames(), 0));
    reader.read("std", model.std, Range::above(0));
    reader.finish();
    return model;
}

std::optional<EarlyStoppingSpec> readEarlyStopping(ObjectReader &root)
{
    if (!root.has("early_stopping") || root.raw("early_stopping").isNull())
        return std::nullopt;
    ObjectReader reader = root.object("early_stopping");
    EarlyStoppingSpec spec;
    reader.read("patience", spec.patience, Range::integerBetween(1, 1'000'000));
    reader.read("min_delta", spec.min_delta, Range::atLeast(0));
    reader.read("restore_best", spec.restore_best, Range::any());
    reader.finish();
    return spec;
}

void checkModelFitsData(ObjectReader &root, const TrainingSpec &spec)
{
    const bool regression = isRegressionDataset(spec.dataset);
    const QString dataset = datasetNames()[static_cast<qsizetype>(spec.dataset.index())];
    if (spec.model.kind == ModelKind::Linear && !regression)
        throw ConfigError(root.file(), root.field("model") + QStringLiteral(".name"), QStringLiteral("\"linear\""),
                          QStringLiteral("softmax or mlp for the classification dataset \"%1\"").arg(dataset));
    if (spec.model.kind == ModelKind::Softmax && regression)
        throw ConfigError(root.file(), root.field("model") + QStringLiteral(".name"), QStringLiteral("\"softmax\""),
                          QStringLiteral("linear or mlp for the regression dataset \"%1\"").arg(dataset));
}

/// spec holds the defaults; epochs the accepted run lengths.
TrainingSpec readTraining(ObjectReader &root, TrainingSpec spec = {}, const Range &epochs = runLength)
{
    spec.seed = readSeed(root);
    spec.dataset = readDataset(root.object("dataset"));
    spec.model = readModel(root.object("model"));
    root.read("batch_size", spec.batch_size, Range::integerAtLeast(0));
    root.read("epochs", spec.epochs, epochs);
    spec.dtype = static_cast<DType>(root.choice("dtype", dtypeNames(), 0));
    root.read("threads", spec.threads, Range::integerBetween(1, ThreadTeam::maxThreads));
    spec.optimizer = readOptimizer(root.object("optimizer"));
    spec.scheduler = readScheduler(root);
    ObjectReader regularization = root.object("regularization");
    regularization.read("l2", spec.regularization.l2, Range::atLeast(0));
    regularization.read("l1", spec.regularization.l1, Range::atLeast(0));
    regularization.finish();
    root.read("clip_grad_norm", spec.clip_grad_norm, Range::above(0));
    root.read("clip_grad_value", spec.clip_grad_value, Range::above(0));
    spec.early_stopping = readEarlyStopping(root);
    spec.layer_stats = readLayerStats(root, spec.epochs);
    readAugmentation(root, spec);
    readDataParallel(root, spec);
    checkModelFitsData(root, spec);
    checkTrainingBounds(root, spec);
    return spec;
}

TrajectorySpec readTrajectory(ObjectReader &root)
{
    TrajectorySpec spec;
    spec.function = readFunction(root);
    if (!root.has("start"))
        root.fail("start", QStringLiteral("an array of 2 numbers [x, y] (required)"));
    root.read("start", spec.start, Range::atLeast(-trajectoryDivergenceBound).upTo(trajectoryDivergenceBound));
    root.read("steps", spec.steps, trajectoryLength);
    spec.optimizer = readOptimizer(root.object("optimizer"));
    spec.scheduler = readScheduler(root);
    if (root.has("batch_size") && spec.function.kind != SurfaceKind::LinearRegression)
        root.fail("batch_size", QStringLiteral("no batch_size: only a model's loss (linear_regression) has samples "
                                               "to take mini-batches from"));
    root.read("batch_size", spec.batch_size, Range::integerAtLeast(0));
    return spec;
}

ScheduleRunSpec readScheduleRun(ObjectReader &root)
{
    ScheduleRunSpec spec;
    root.read("lr", spec.lr, Range::above(0).upTo(1000));
    root.read("epochs", spec.epochs, runLength);
    spec.scheduler = readScheduler(root);
    const bool plateau = spec.scheduler && std::holds_alternative<ReduceLROnPlateauOptions>(*spec.scheduler);
    if (plateau != root.has("metrics"))
        root.fail("metrics", plateau
                                 ? QStringLiteral("an array of the monitored values (required by ReduceLROnPlateau)")
                                 : QStringLiteral("no metrics: only ReduceLROnPlateau reads them"));
    if (!plateau)
        return spec;
    root.read("metrics", spec.metrics, Range::any());
    if (spec.metrics.empty() || spec.metrics.size() > 1'000'000)
        root.fail("metrics", QStringLiteral("1 to 1000000 numbers, one per epoch"));
    if (root.has("epochs") && static_cast<std::size_t>(spec.epochs) != spec.metrics.size())
        root.fail("epochs", QStringLiteral("%1, the number of metrics (or no epochs)").arg(spec.metrics.size()));
    spec.epochs = static_cast<int>(spec.metrics.size());
    return spec;
}

} // namespace

Experiment parseExperimentObject(const QJsonObject &object, const QString &path, const QString &file,
                                 const QStringList &spaceOrder)
{
    ObjectReader root(object, path, file);
    int version = experimentFormatVersion;
    root.read("format_version", version, Range::integerAtLeast(1));
    if (version > experimentFormatVersion)
        root.fail("format_version",
                  QStringLiteral("%1 or older (the file was written for a newer Kōbai)").arg(experimentFormatVersion));
    Experiment experiment;
    experiment.kind = static_cast<ExperimentKind>(root.choice("kind", kindNames, 0));
    switch (experiment.kind) {
    case ExperimentKind::Training:
        experiment.training = readTraining(root);
        break;
    case ExperimentKind::Trajectory:
        experiment.trajectory = readTrajectory(root);
        break;
    case ExperimentKind::Schedule:
        experiment.schedule = readScheduleRun(root);
        break;
    case ExperimentKind::Sweep:
        experiment.sweep = readSweep(root);
        break;
    case ExperimentKind::Contours:
        experiment.contours = readContours(root);
        break;
    case ExperimentKind::GradientNoise: {
        TrainingSpec untrained; // its epochs train the weights measured at; none unless asked
        untrained.epochs = 0;
        TrainingSpec training = readTraining(root, untrained, Range::integerBetween(0, 1'000'000));
        experiment.gradient_noise = readGradientNoise(root, std::move(training));
        break;
    }
    case ExperimentKind::Search:
        experiment.search = readSearch(root, spaceOrder);
        break;
    case ExperimentKind::Scaling:
        // Its workers, network and compression are keys of its own, not a training run's.
        if (root.has("data_parallel"))
            root.fail("data_parallel", QStringLiteral("no data_parallel: a scaling experiment states its own "
                                                      "\"workers\", \"network\" and \"compression\""));
        experiment.scaling = readScaling(root, readTraining(root));
        break;
    }
    root.finish();
    return experiment;
}

Experiment parseExperiment(const QByteArray &json, const QString &file)
{
    return parseExperimentObject(parseJsonObject(json, file, QStringLiteral("one experiment")), QString(), file,
                                 keysInFileOrder(json, QStringLiteral("space")));
}

Experiment readExperimentFile(const QString &path)
{
    return parseExperiment(readWholeFile(path), path);
}

QString kindName(ExperimentKind kind) { return kindNames[static_cast<int>(kind)]; }

} // namespace kobai::config
