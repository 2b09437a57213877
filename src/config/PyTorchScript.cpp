#include "PyTorchScript.h"

#include "ConfigError.h"
#include "PythonLiteral.h"
#include "SchedulerConfig.h"
#include "SpecFields.h"
#include "SurfaceConfig.h"

#include "core/Overloaded.h"
#include "data/DatasetFactory.h"
#include "data/FashionMnistImages.h"

#include <QFile>
#include <QRegularExpression>

#include <bit>

namespace kobai::config {

namespace {

QString py(double value) { return pythonNumber(value); }
QString py(long value) { return QString::number(value); }
QString py(int value) { return QString::number(value); }
QString py(bool value) { return value ? QStringLiteral("True") : QStringLiteral("False"); }
QString py(const QString &value) { return pythonString(value); }
QString py(const std::string &value) { return pythonString(QString::fromStdString(value)); }
QString py(const std::array<double, 2> &value) { return QStringLiteral("(%1, %2)").arg(py(value[0]), py(value[1])); }
QString py(const std::optional<long> &value) { return value ? py(*value) : QStringLiteral("None"); }
QString py(const std::optional<double> &value) { return value ? py(*value) : QStringLiteral("None"); }
QString py(const std::vector<long> &values)
{
    QStringList items;
    for (long value : values)
        items << py(value);
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

/// key=value, … for every field of an options struct, in the file format's names.
template <class O>
QString keywordArguments(const O &options)
{
    QStringList arguments;
    for (const Field<O> &f : fieldsOf(options))
        std::visit([&](auto member) { arguments << QStringLiteral("%1=%2").arg(f.key, py(options.*member)); },
                   f.member);
    return arguments.join(QStringLiteral(", "));
}

/// Little-endian bytes (x86, ARM) as base64 in adjacent string literals of 100 characters,
/// one per line: safe in any script (the alphabet has no quote or backslash).
template <typename T>
QString base64Literal(const T *values, Eigen::Index count)
{
    const QByteArray encoded =
        QByteArray::fromRawData(reinterpret_cast<const char *>(values), static_cast<qsizetype>(count * sizeof(T)))
            .toBase64();
    QStringList lines;
    for (qsizetype at = 0; at < encoded.size() || lines.isEmpty(); at += 100)
        lines << QLatin1Char('"') + QString::fromLatin1(encoded.mid(at, 100)) + QLatin1Char('"');
    return lines.join(QStringLiteral("\n        "));
}

/// embedded_part(…) of training_prelude.py for one part. Features are inputs × n
/// column-major, so their bytes are already the script's n × inputs rows.
QString embeddedPart(const DataPart &part, const Dataset &data)
{
    const bool classification = data.task == Task::Classification;
    const QString targets = classification
                                ? base64Literal(part.labels.data(), static_cast<Eigen::Index>(part.labels.size()))
                                : base64Literal(part.targets.data(), part.targets.size());
    return QStringLiteral("    embedded_part(\n        %1,\n        %2,\n        %3,\n        %4, %5),")
        .arg(base64Literal(part.features.data(), part.features.size()))
        .arg(data.inputs)
        .arg(targets)
        .arg(data.outputs)
        .arg(py(classification));
}

/// The Python expression for the run's [train, validation, test] parts and the number of
/// outputs: a synthetic set as Kōbai made it for the seed, embedded; Fashion-MNIST as Kōbai
/// splits its files (the prelude ports the split's shuffle).
std::pair<QString, QString> dataParts(const TrainingSpec &spec, const QString &file)
{
    if (const auto *fashion = std::get_if<FashionMnistOptions>(&spec.dataset))
        return {QStringLiteral("fashion_mnist(seed, %1)").arg(keywordArguments(*fashion)),
                QString::number(FashionMnistImages::classCount)};
    const QString name = QString(datasetNames()[static_cast<qsizetype>(spec.dataset.index())]);
    Dataset data;
    try {
        data = makeDataset(spec.dataset, spec.seed);
    } catch (const std::exception &error) {
        throw ConfigError(file, QStringLiteral("dataset"), name, QString::fromUtf8(error.what()));
    }
    static_assert(std::endian::native == std::endian::little, "the script reads little-endian bytes");
    const QString parts = QStringLiteral("[  # the %1 set Kōbai generated for seed %2: training, validation, test\n"
                                         "%3\n%4\n%5\n]")
                              .arg(name)
                              .arg(spec.seed)
                              .arg(embeddedPart(data.train, data), embeddedPart(data.validation, data),
                                   embeddedPart(data.test, data));
    return {parts, QString::number(data.outputs)};
}

/// The optimizer's constructor over params (a Python expression).
QString optimizerCall(const OptimizerSpec &optimizer, const QString &params)
{
    const RuleEntry &rule = ruleOf(optimizer);
    // pytorch/textbook_optimizers.py defines a Textbook<Name> class for each textbook rule.
    const QString constructor =
        (rule.variant == RuleVariant::PyTorch ? QStringLiteral("torch.optim.") : QStringLiteral("Textbook")) +
        QString::fromStdString(rule.name);
    const QString arguments = std::visit([](const auto &o) { return keywordArguments(o); }, optimizer);
    return QStringLiteral("%1(%2, %3)").arg(constructor, params, arguments);
}

/// The scheduler's constructor on `optimizer`, or None.
QString schedulerCall(const OptionalScheduleSpec &scheduler)
{
    if (!scheduler)
        return QStringLiteral("None");
    const QString arguments = std::visit(
        Overloaded{
            [](const SequentialLROptions &o) {
                QStringList inner;
                for (const ChainableScheduleSpec &chained : o.schedulers)
                    inner << schedulerCall(toScheduleSpec(chained));
                return QStringLiteral("schedulers=[%1], milestones=%2")
                    .arg(inner.join(QStringLiteral(", ")), py(o.milestones));
            },
            [](const ReduceLROnPlateauOptions &o) {
                return QStringLiteral("mode=%1, threshold_mode=%2, %3")
                    .arg(py(plateauModeNames()[static_cast<int>(o.mode)]),
                         py(thresholdModeNames()[static_cast<int>(o.threshold_mode)]), keywordArguments(o));
            },
            [](const auto &o) { return keywordArguments(o); },
        },
        *scheduler);
    return QStringLiteral("torch.optim.lr_scheduler.%1(optimizer, %2)")
        .arg(schedulerNames()[static_cast<qsizetype>(scheduler->index())], arguments);
}

QString functionCall(const SurfaceSpec &function)
{
    const QString name = functionNames()[static_cast<int>(function.kind)];
    if (function.kind != SurfaceKind::Quadratic)
        return name;
    return QStringLiteral("lambda x, y: quadratic(x, y, a=%1, b=%2)").arg(py(function.a), py(function.b));
}

/// The named modules of nn.Sequential(OrderedDict(…)): Kōbai's tensor names (layer1.weight,
/// layer1_bn.running_var) are the script's state_dict keys.
QString modelLayers(const ModelSpec &model, const QString &inputs, const QString &outputs)
{
    static const char *activations[] = {"nn.ReLU()", "nn.Sigmoid()", "nn.Tanh()"};
    QStringList layers;
    QString width = inputs;
    int layer = 1;
    if (model.kind == ModelKind::Mlp) {
        for (int hidden : model.hidden) {
            const QString n = QString::number(layer++);
            QString modules = QStringLiteral("(\"layer%1\", nn.Linear(%2, %3))").arg(n, width).arg(hidden);
            if (model.batch_norm)
                modules += QStringLiteral(", (\"layer%1_bn\", nn.BatchNorm1d(%2, eps=%3, momentum=%4))")
                               .arg(n)
                               .arg(hidden)
                               .arg(py(model.batch_norm->eps), py(model.batch_norm->momentum));
            modules += QStringLiteral(", (\"act%1\", %2)")
                           .arg(n, QLatin1String(activations[static_cast<int>(model.activation)]));
            if (model.dropout > 0)
                modules += QStringLiteral(", (\"drop%1\", KobaiDropout(%2, dropout_random))").arg(n, py(model.dropout));
            layers << modules;
            width = QString::number(hidden);
        }
    }
    layers << QStringLiteral("(\"layer%1\", nn.Linear(%2, %3))").arg(layer).arg(width, outputs);
    return QStringLiteral("    ") + layers.join(QStringLiteral(",\n    ")) + QLatin1Char(',');
}

/// A script part shipped as a resource (src/config/pytorch/).
QString resource(const QString &name)
{
    QFile file(QStringLiteral(":/kobai/pytorch/") + name);
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

/// The training batches' augmentation (training_prelude.py's Augment), or None.
QString augmentCall(const AugmentationSpec &augmentation)
{
    if (augmentation.shift == 0 && !augmentation.flip && augmentation.input_noise == 0.0)
        return QStringLiteral("None");
    return QStringLiteral("Augment(seed, shift=%1, flip=%2, input_noise=%3)")
        .arg(py(augmentation.shift), py(augmentation.flip), py(augmentation.input_noise));
}

QString trainingScript(const TrainingSpec &spec, const QString &file)
{
    const bool classification = !isRegressionDataset(spec.dataset);
    const QString early = spec.early_stopping ? QStringLiteral("{\"patience\": %1, \"min_delta\": %2, \"restore_best\": %3}")
                                                    .arg(spec.early_stopping->patience)
                                                    .arg(py(spec.early_stopping->min_delta), py(spec.early_stopping->restore_best))
                                              : QStringLiteral("None");
    const auto [parts, outputs] = dataParts(spec, file);
    QString script = resource(QStringLiteral("training_prelude.py")) + resource(QStringLiteral("kobai_random.py")) +
                     resource(QStringLiteral("textbook_optimizers.py"));
    script += QStringLiteral(R"(

# ---- the experiment -----------------------------------------------------------------

seed = %1
dtype = %2
parts = %3
inputs = parts[0][0].shape[1]
outputs = %4
dropout_random = KobaiRandom(seed, DROPOUT)
model = nn.Sequential(OrderedDict([
%5
])).to(dtype)
init_weights(model, %6, std=%7, random=KobaiRandom(seed, WEIGHT_INIT))
loss_fn = %8
optimizer = %9
scheduler = %18
augment = %19
train(model, loss_fn, optimizer, scheduler, parts, epochs=%10, batch_size=%11,
      l2=%12, l1=%13, clip_norm=%14, clip_value=%15, early_stopping=%16,
      classification=%17, dtype=dtype, shuffle_random=KobaiRandom(seed, SHUFFLE), augment=augment)
)")
                  .arg(spec.seed)
                  .arg(spec.dtype == DType::Float32 ? QStringLiteral("torch.float32") : QStringLiteral("torch.float64"))
                  .arg(parts, outputs)
                  .arg(modelLayers(spec.model, QStringLiteral("inputs"), QStringLiteral("outputs")))
                  .arg(py(initNames()[static_cast<int>(spec.model.init)]))
                  .arg(py(spec.model.std))
                  .arg(classification ? QStringLiteral("nn.CrossEntropyLoss()") : QStringLiteral("nn.MSELoss()"))
                  .arg(optimizerCall(spec.optimizer, QStringLiteral("model.parameters()")))
                  .arg(spec.epochs)
                  .arg(spec.batch_size)
                  .arg(py(spec.regularization.l2), py(spec.regularization.l1), py(spec.clip_grad_norm),
                       py(spec.clip_grad_value), early, py(classification))
                  .arg(schedulerCall(spec.scheduler), augmentCall(spec.augmentation));
    return script;
}

/// The trajectory prelude with only the definition of the function this walk uses: a
/// learner reading the ravine's script need not wade through Beale and Rosenbrock.
QString trajectoryPrelude(const SurfaceSpec &function)
{
    QString prelude = resource(QStringLiteral("trajectory_prelude.py"));
    const QString used = functionNames()[static_cast<int>(function.kind)];
    static const QRegularExpression definition(QStringLiteral("\\ndef (\\w+)\\(x, y[^\\n]*\\n    return [^\\n]*\\n\\n"));
    QRegularExpressionMatchIterator it = definition.globalMatch(prelude);
    QList<QRegularExpressionMatch> unused;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1) != used)
            unused.prepend(match);
    }
    for (const QRegularExpressionMatch &match : std::as_const(unused))
        prelude.remove(match.capturedStart(), match.capturedLength());
    return prelude;
}

QString trajectoryScript(const TrajectorySpec &spec)
{
    QString script = trajectoryPrelude(spec.function) + resource(QStringLiteral("textbook_optimizers.py"));
    script += QStringLiteral(R"(

# ---- the experiment -----------------------------------------------------------------

p = torch.tensor([%1, %2], dtype=torch.float64, requires_grad=True)
optimizer = %3
scheduler = %4
walk(%5, p, optimizer, scheduler, steps=%6)
)")
                  .arg(py(spec.start[0]), py(spec.start[1]), optimizerCall(spec.optimizer, QStringLiteral("[p]")),
                       schedulerCall(spec.scheduler), functionCall(spec.function))
                  .arg(spec.steps);
    return script;
}

QString scheduleScript(const ScheduleRunSpec &spec)
{
    QStringList metrics;
    for (double value : spec.metrics)
        metrics << py(value);
    const bool plateau = !spec.metrics.empty();
    const QString metricsLine =
        plateau ? QStringLiteral("metrics = [%1]\n").arg(metrics.join(QStringLiteral(", "))) : QString();
    return QStringLiteral(R"(#!/usr/bin/env python3
# A Kōbai schedule experiment as a PyTorch 1.13 script, written by `kobai-run --as-pytorch`.
# Prints the same CSV as kobai-run: epoch,lr, the rate in effect during each epoch.
import torch

p = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.SGD([p], lr=%1)
scheduler = %2
%3print("epoch,lr")
for epoch in range(%4):
    print(f"{epoch},{optimizer.param_groups[0]['lr']!r}")
    optimizer.step()  # no gradient, so no change: only PyTorch's order of calls
    %5
)")
        .arg(py(spec.lr), schedulerCall(spec.scheduler), metricsLine)
        .arg(spec.epochs)
        .arg(plateau ? QStringLiteral("scheduler.step(metrics[epoch])")
                     : spec.scheduler ? QStringLiteral("scheduler.step()") : QStringLiteral("pass"));
}

/// Throws for a data-parallel run: a one-process script would train another run (the
/// per-worker batch alone, one stream of dropout masks, no staleness).
void refuseDataParallel(const TrainingSpec &spec, const QString &file)
{
    if (spec.data_parallel)
        throw ConfigError(file, QStringLiteral("data_parallel"), QStringLiteral("{…}"),
                          QStringLiteral("no data_parallel (--as-pytorch writes one process; a DistributedDataParallel "
                                         "script is not written yet)"));
}

} // namespace

QString pytorchScript(const Experiment &experiment, const QString &file)
{
    switch (experiment.kind) {
    case ExperimentKind::Contours:
        throw ConfigError(file, QStringLiteral("kind"), QStringLiteral("\"contours\""),
                          QStringLiteral("training, trajectory or schedule (--as-pytorch has no contour maps)"));
    case ExperimentKind::GradientNoise:
        throw ConfigError(file, QStringLiteral("kind"), QStringLiteral("\"gradient_noise\""),
                          QStringLiteral("training, trajectory or schedule (--as-pytorch has no gradient-noise "
                                         "measurements)"));
    case ExperimentKind::Search:
        throw ConfigError(file, QStringLiteral("kind"), QStringLiteral("\"search\""),
                          QStringLiteral("training, trajectory or schedule (--as-pytorch has no searches)"));
    case ExperimentKind::Scaling:
        throw ConfigError(file, QStringLiteral("kind"), QStringLiteral("\"scaling\""),
                          QStringLiteral("training, trajectory or schedule (--as-pytorch has no cost models)"));
    case ExperimentKind::Trajectory:
        // The samples come from Kōbai's own generator, which PyTorch cannot reproduce.
        if (experiment.trajectory.function.kind == SurfaceKind::LinearRegression)
            throw ConfigError(file, QStringLiteral("function"), QStringLiteral("\"linear_regression\""),
                              QStringLiteral("a formula such as ravine (--as-pytorch has no model losses: their "
                                             "data come from Kōbai's generator)"));
        return trajectoryScript(experiment.trajectory);
    case ExperimentKind::Schedule:
        return scheduleScript(experiment.schedule);
    case ExperimentKind::Sweep:
        // Each run of a sweep is an ordinary training script; show the first and say so.
        refuseDataParallel(experiment.sweep.runs.front(), file);
        return QStringLiteral("# The first of this sweep's %1 runs (field %2 = %3); the others differ only in %2.\n")
                   .arg(experiment.sweep.runs.size())
                   .arg(py(experiment.sweep.field), py(experiment.sweep.values.front())) +
               trainingScript(experiment.sweep.runs.front(), file);
    case ExperimentKind::Training:
        break;
    }
    refuseDataParallel(experiment.training, file);
    return trainingScript(experiment.training, file);
}

} // namespace kobai::config
