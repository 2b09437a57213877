#include "PyTorchScriptTraining.h"

#include "ConfigError.h"
#include "PyTorchScriptParts.h"

#include "data/DatasetFactory.h"
#include "data/FashionMnistImages.h"

#include <bit>

namespace kobai::config {

using script::py;

namespace {

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
        return {QStringLiteral("fashion_mnist(seed, %1)").arg(script::keywordArguments(*fashion)),
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

/// The training batches' augmentation (training_prelude.py's Augment), or None.
QString augmentCall(const AugmentationSpec &augmentation)
{
    if (augmentation.shift == 0 && !augmentation.flip && augmentation.input_noise == 0.0)
        return QStringLiteral("None");
    return QStringLiteral("Augment(seed, shift=%1, flip=%2, input_noise=%3)")
        .arg(py(augmentation.shift), py(augmentation.flip), py(augmentation.input_noise));
}

/// The statements from the data to the augmentation, reading `seed` and `dtype`; the
/// model's dropout masks come from the stream `dropoutRandom` (a Python expression).
QString trainingSetup(const TrainingSpec &spec, const QString &file, const QString &dropoutRandom)
{
    const auto [parts, outputs] = dataParts(spec, file);
    return QStringLiteral(R"(parts = %1
inputs = parts[0][0].shape[1]
outputs = %2
dropout_random = %3
model = nn.Sequential(OrderedDict([
%4
])).to(dtype)
init_weights(model, %5, std=%6, random=KobaiRandom(seed, WEIGHT_INIT))
loss_fn = %7
optimizer = %8
scheduler = %9
augment = %10
)")
        .arg(parts, outputs, dropoutRandom, modelLayers(spec.model, QStringLiteral("inputs"), QStringLiteral("outputs")),
             py(initNames()[static_cast<int>(spec.model.init)]), py(spec.model.std),
             isRegressionDataset(spec.dataset) ? QStringLiteral("nn.MSELoss()") : QStringLiteral("nn.CrossEntropyLoss()"),
             script::optimizerCall(spec.optimizer, QStringLiteral("model.parameters()")),
             script::schedulerCall(spec.scheduler))
        .arg(augmentCall(spec.augmentation));
}

/// training_prelude.py's train(…) on the setup's objects; batchSize is a Python expression,
/// more adds keyword arguments (", name=value").
QString trainCall(const TrainingSpec &spec, const QString &batchSize, const QString &more)
{
    const QString early = spec.early_stopping ? QStringLiteral("{\"patience\": %1, \"min_delta\": %2, \"restore_best\": %3}")
                                                    .arg(spec.early_stopping->patience)
                                                    .arg(py(spec.early_stopping->min_delta), py(spec.early_stopping->restore_best))
                                              : QStringLiteral("None");
    return QStringLiteral(R"(train(model, loss_fn, optimizer, scheduler, parts, epochs=%1, batch_size=%2,
      l2=%3, l1=%4, clip_norm=%5, clip_value=%6, early_stopping=%7,
      classification=%8, dtype=dtype, shuffle_random=KobaiRandom(seed, SHUFFLE), augment=augment%9)
)")
        .arg(QString::number(spec.epochs), batchSize, py(spec.regularization.l2), py(spec.regularization.l1),
             py(spec.clip_grad_norm), py(spec.clip_grad_value), early, py(!isRegressionDataset(spec.dataset)), more);
}

QString dtypeName(const TrainingSpec &spec)
{
    return spec.dtype == DType::Float32 ? QStringLiteral("torch.float32") : QStringLiteral("torch.float64");
}

QString preludes()
{
    return script::resource(QStringLiteral("training_prelude.py")) + script::resource(QStringLiteral("kobai_random.py")) +
           script::resource(QStringLiteral("textbook_optimizers.py"));
}

/// Every non-empty line four spaces further in: the body of a Python function. Lines
/// inside a literal's brackets may move, which Python ignores.
QString indented(const QString &code)
{
    QStringList lines = code.split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (!line.isEmpty())
            line.prepend(QStringLiteral("    "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString oneProcessTrainingScript(const TrainingSpec &spec, const QString &file)
{
    return script::resource(QStringLiteral("training_header.py")) + preludes() + QStringLiteral(R"(

# ---- the experiment -----------------------------------------------------------------

seed = %1
dtype = %2
)").arg(QString::number(spec.seed), dtypeName(spec)) +
           trainingSetup(spec, file, QStringLiteral("KobaiRandom(seed, DROPOUT)")) +
           trainCall(spec, QString::number(spec.batch_size), {});
}

QString ddpTrainingScript(const TrainingSpec &spec, const QString &file)
{
    const QString body =
        trainingSetup(spec, file, QStringLiteral("worker_dropout_random(seed, rank)")) +
        trainCall(spec, QStringLiteral("workers * batch_size"),
                  QStringLiteral(",\n      process=DdpRank(model, rank, workers, workers * batch_size)"));
    return script::resource(QStringLiteral("ddp_header.py")) + preludes() + script::resource(QStringLiteral("ddp_prelude.py")) +
           QStringLiteral(R"(

# ---- the experiment: K ranks, each Kōbai's worker of the same number ------------------

workers = %1
batch_size = %2  # per worker: every update takes a global batch of workers × batch_size samples
seed = %3
dtype = %4


def experiment(rank):
    """Rank `rank`'s process: the same data, model and optimizer as every rank (Kōbai's
    initial weights), its own dropout stream, and its shard of each global batch."""
%5

if __name__ == "__main__":
    launch(experiment, workers)
)")
               .arg(QString::number(spec.data_parallel->workers), QString::number(spec.batch_size),
                    QString::number(spec.seed), dtypeName(spec), indented(body));
}

} // namespace kobai::config
