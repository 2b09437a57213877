#include "PyTorchScript.h"

#include "SpecFields.h"

#include <QFile>
#include <QLocale>

namespace kobai::config {

namespace {

QString py(double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); }
QString py(long value) { return QString::number(value); }
QString py(int value) { return QString::number(value); }
QString py(bool value) { return value ? QStringLiteral("True") : QStringLiteral("False"); }
QString py(const std::string &value) { return QStringLiteral("\"%1\"").arg(QString::fromStdString(value)); }
QString py(const std::array<double, 2> &value) { return QStringLiteral("(%1, %2)").arg(py(value[0]), py(value[1])); }
QString py(const std::optional<long> &value) { return value ? py(*value) : QStringLiteral("None"); }
QString py(const std::optional<double> &value) { return value ? py(*value) : QStringLiteral("None"); }

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

QString dataCall(const DatasetSpec &dataset)
{
    const QString name = QString(datasetNames()[static_cast<qsizetype>(dataset.index())]).replace('-', '_');
    return std::visit(
        [&](const auto &options) {
            QString arguments = keywordArguments(options);
            if constexpr (requires { options.split; })
                arguments += QStringLiteral(", ") + keywordArguments(options.split);
            return QStringLiteral("make_%1(rng, %2)").arg(name, arguments);
        },
        dataset);
}

QString optimizerCall(const OptimizerSpec &optimizer)
{
    const auto index = static_cast<qsizetype>(optimizer.index());
    const qsizetype pytorchCount = pytorchOptimizerNames().size();
    const QString constructor = index < pytorchCount
                                    ? QStringLiteral("torch.optim.") + pytorchOptimizerNames()[index]
                                    : QStringLiteral("Textbook") + textbookOptimizerNames()[index - pytorchCount];
    const QString arguments = std::visit([](const auto &o) { return keywordArguments(o); }, optimizer);
    return QStringLiteral("%1(model.parameters(), %2)").arg(constructor, arguments);
}

QString modelLayers(const ModelSpec &model, const QString &inputs, const QString &outputs)
{
    static const char *activations[] = {"nn.ReLU()", "nn.Sigmoid()", "nn.Tanh()"};
    QStringList layers;
    QString width = inputs;
    if (model.kind == ModelKind::Mlp) {
        for (int hidden : model.hidden) {
            layers << QStringLiteral("nn.Linear(%1, %2), %3").arg(width).arg(hidden).arg(
                          QLatin1String(activations[static_cast<int>(model.activation)]));
            if (model.dropout > 0)
                layers.back() += QStringLiteral(", nn.Dropout(%1)").arg(py(model.dropout));
            width = QString::number(hidden);
        }
    }
    layers << QStringLiteral("nn.Linear(%1, %2)").arg(width, outputs);
    return QStringLiteral("    ") + layers.join(QStringLiteral(",\n    ")) + QLatin1Char(',');
}

QString prelude()
{
    QFile file(QStringLiteral(":/kobai/pytorch/training_prelude.py"));
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString pytorchScript(const Experiment &experiment)
{
    const TrainingSpec &spec = experiment.training;
    const bool classification = !isRegressionDataset(spec.dataset);
    const QString early = spec.early_stopping ? QStringLiteral("{\"patience\": %1, \"min_delta\": %2, \"restore_best\": %3}")
                                                    .arg(spec.early_stopping->patience)
                                                    .arg(py(spec.early_stopping->min_delta), py(spec.early_stopping->restore_best))
                                              : QStringLiteral("None");
    QString script = prelude();
    script += QStringLiteral(R"(

# ---- the experiment -----------------------------------------------------------------

torch.manual_seed(%1)
rng = np.random.default_rng(%1)
dtype = %2
parts = %3
inputs = parts[0][0].shape[1]
outputs = %4
model = nn.Sequential(
%5
).to(dtype)
init_weights(model, "%6", std=%7)
loss_fn = %8
optimizer = %9
scheduler = None
train(model, loss_fn, optimizer, scheduler, parts, epochs=%10, batch_size=%11,
      l2=%12, l1=%13, clip_norm=%14, clip_value=%15, early_stopping=%16,
      classification=%17, dtype=dtype)
)")
                  .arg(spec.seed)
                  .arg(spec.dtype == DType::Float32 ? QStringLiteral("torch.float32") : QStringLiteral("torch.float64"))
                  .arg(dataCall(spec.dataset))
                  .arg(classification ? QStringLiteral("int(max(p[1].max() for p in parts if len(p[1])) + 1)")
                                      : QStringLiteral("parts[0][1].shape[1]"))
                  .arg(modelLayers(spec.model, QStringLiteral("inputs"), QStringLiteral("outputs")))
                  .arg(initNames()[static_cast<int>(spec.model.init)])
                  .arg(py(spec.model.std))
                  .arg(classification ? QStringLiteral("nn.CrossEntropyLoss()") : QStringLiteral("nn.MSELoss()"))
                  .arg(optimizerCall(spec.optimizer))
                  .arg(spec.epochs)
                  .arg(spec.batch_size)
                  .arg(py(spec.regularization.l2), py(spec.regularization.l1), py(spec.clip_grad_norm),
                       py(spec.clip_grad_value), early, py(classification));
    return script;
}

} // namespace kobai::config
