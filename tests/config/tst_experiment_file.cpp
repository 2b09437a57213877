// Experiment files: defaults, every option read, and one located message per problem.
#include "ConfigError.h"
#include "Experiment.h"
#include "SpecFields.h"

#include <QDirIterator>
#include <QTest>

using namespace kobai;
using namespace kobai::config;

class ExperimentFile : public QObject {
    Q_OBJECT
private slots:
    void emptyObjectGivesTheDefaults();
    void readsTheIssueExample();
    void optimizerNamesAreCaseInsensitive();
    void textbookVariants();
    void effectiveConfigurationRoundTrips();
    void everyExampleRoundTrips_data();
    void everyExampleRoundTrips();
    void schedulerDefaultsAreFilledIn();
    void readsBatchNormAndLayerStats();
    void problemsAreLocated_data();
    void problemsAreLocated();
    void unreadableFileIsNamed();
    void readsAugmentationAndInputNoise();
    void readsGradientNoise();
};

void ExperimentFile::emptyObjectGivesTheDefaults()
{
    const TrainingSpec spec = parseExperiment("{}", "e.json").training;
    QCOMPARE(spec.seed, 0u);
    QCOMPARE(spec.batch_size, 32);
    QCOMPARE(spec.epochs, 20);
    QCOMPARE(spec.dtype, DType::Float64);
    QCOMPARE(spec.threads, 1);
    QVERIFY(std::holds_alternative<MoonsDataOptions>(spec.dataset));
    QCOMPARE(spec.model.kind, ModelKind::Mlp);
    QCOMPARE(spec.model.hidden, std::vector<int>{32});
    QVERIFY(std::holds_alternative<SgdOptions>(spec.optimizer));
    QCOMPARE(std::get<SgdOptions>(spec.optimizer).lr, 0.01);
    QVERIFY(!spec.early_stopping);
    QVERIFY(!spec.clip_grad_norm);
}

void ExperimentFile::readsTheIssueExample()
{
    const TrainingSpec spec = readExperimentFile(KOBAI_SOURCE_DIR "/examples/moons-mlp.json").training;
    QCOMPARE(spec.seed, 42u);
    QCOMPARE(spec.model.hidden, (std::vector<int>{32, 32}));
    QCOMPARE(spec.epochs, 50);
    QCOMPARE(std::get<SgdOptions>(spec.optimizer).lr, 0.1);
    QCOMPARE(spec.early_stopping->patience, 5);
    QCOMPARE(spec.early_stopping->min_delta, 0.0);
    QVERIFY(spec.early_stopping->restore_best);
}

void ExperimentFile::optimizerNamesAreCaseInsensitive()
{
    const TrainingSpec spec =
        parseExperiment(R"({"optimizer": {"name": "adamw", "lr": 0.003, "betas": [0.8, 0.99]}})", "e.json").training;
    const auto &adamw = std::get<AdamWOptions>(spec.optimizer);
    QCOMPARE(adamw.lr, 0.003);
    QCOMPARE(adamw.betas[0], 0.8);
    QCOMPARE(adamw.weight_decay, 0.01);
}

void ExperimentFile::textbookVariants()
{
    const TrainingSpec momentum =
        parseExperiment(R"({"optimizer": {"name": "Momentum", "variant": "textbook", "lr": 0.1}})", "e.json")
            .training;
    QCOMPARE(std::get<TextbookMomentumOptions>(momentum.optimizer).momentum, 0.9);
    const TrainingSpec adam =
        parseExperiment(R"({"optimizer": {"name": "Adam", "variant": "textbook", "betas": [0.8, 0.9]}})", "e.json")
            .training;
    QCOMPARE(std::get<TextbookAdamOptions>(adam.optimizer).beta1, 0.8);
    QCOMPARE(std::get<TextbookAdamOptions>(adam.optimizer).beta2, 0.9);
}

void ExperimentFile::effectiveConfigurationRoundTrips()
{
    const Experiment first = readExperimentFile(KOBAI_SOURCE_DIR "/examples/moons-mlp.json");
    const QJsonObject json = toJson(first);
    QCOMPARE(json["optimizer"].toObject()["momentum"].toDouble(), 0.0); // defaults are filled in
    QCOMPARE(json["dataset"].toObject()["standardize"].toBool(), true);
    const Experiment second = parseExperimentObject(json, QString(), "round-trip");
    QCOMPARE(toJson(second), json);
}

void ExperimentFile::everyExampleRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(QStringLiteral(KOBAI_SOURCE_DIR "/examples"), {"*.json"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(QDir(KOBAI_SOURCE_DIR "/examples").relativeFilePath(path))) << path;
    }
}

void ExperimentFile::everyExampleRoundTrips()
{
    QFETCH(QString, path);
    const QJsonObject json = toJson(readExperimentFile(path));
    QCOMPARE(toJson(parseExperimentObject(json, QString(), "round-trip")), json);
}

void ExperimentFile::schedulerDefaultsAreFilledIn()
{
    const Experiment experiment = parseExperiment(R"({"kind": "trajectory", "function": "ravine", "start": [1, 2],
        "scheduler": {"name": "SequentialLR", "milestones": [4],
                      "schedulers": [{"name": "linearlr"}, {"name": "CosineAnnealingWarmRestarts", "T_0": 3}]}})",
                                                  "e.json");
    const auto &sequential = std::get<SequentialLROptions>(*experiment.trajectory.scheduler);
    QCOMPARE(std::get<LinearLROptions>(sequential.schedulers[0]).total_iters, 5L);
    QCOMPARE(std::get<CosineAnnealingWarmRestartsOptions>(sequential.schedulers[1]).T_mult, 1L);
    const QJsonObject json = toJson(experiment)["scheduler"].toObject();
    QCOMPARE(json["schedulers"][0]["start_factor"].toDouble(), 1.0 / 3.0);
    QCOMPARE(json["schedulers"][1]["eta_min"].toDouble(), 0.0);
    QCOMPARE(toJson(parseExperiment(R"({})", "e.json"))["scheduler"], QJsonValue(QJsonValue::Null));
}

void ExperimentFile::problemsAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *json, const char *expected) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(expected);
    };
    row("not JSON", "{epochs: 3}", "e.json: not valid JSON at line 1, column 3: unterminated object");
    row("empty file", "", "e.json: not valid JSON");
    row("truncated", R"({"epochs": 3, "optimizer": {"lr")", "e.json: not valid JSON at line 1");
    row("not an object", "[1, 2]", "field \"(document)\"");
    row("unknown key", R"({"epoch": 3})", R"(field "epoch": value 3; expected no such key here)");
    row("unknown nested key", R"({"optimizer": {"name": "SGD", "beta": 0.9}})", R"(field "optimizer.beta")");
    // The message lists every PyTorch rule the engine has, in its order.
    QTest::newRow("unknown optimizer") << QByteArray(R"({"optimizer": {"name": "Lion"}})")
                                       << R"(field "optimizer.name": value "Lion"; expected one of )" +
                                              config::optimizerNames(RuleVariant::PyTorch).join(", ");
    row("textbook-only name", R"({"optimizer": {"name": "Momentum"}})", R"(field "optimizer.name")");
    row("unknown dataset", R"({"dataset": {"name": "iris"}})", R"(field "dataset.name": value "iris")");
    row("unknown variant", R"({"optimizer": {"variant": "keras"}})", R"(field "optimizer.variant")");
    row("lr zero", R"({"optimizer": {"lr": 0}})", R"(field "optimizer.lr" (SGD): value 0; expected a number > 0 and ≤ 1000)");
    row("nesterov without momentum", R"({"optimizer": {"nesterov": true}})",
        R"(field "optimizer.nesterov" (SGD): value true; expected false unless momentum > 0 and dampening = 0)");
    row("nesterov with dampening", R"({"optimizer": {"nesterov": true, "momentum": 0.9, "dampening": 0.1}})",
        R"(field "optimizer.nesterov" (SGD))");
    row("textbook momentum one", R"({"optimizer": {"name": "momentum", "variant": "textbook", "momentum": 1}})",
        R"(field "optimizer.momentum" (Momentum, textbook): value 1; expected a number ≥ 0 and < 1)");
    row("adadelta rho", R"({"optimizer": {"name": "Adadelta", "rho": 1.5}})", R"(field "optimizer.rho" (Adadelta): value 1.5)");
    row("adagrad lr_decay", R"({"optimizer": {"name": "Adagrad", "lr_decay": -1}})", R"(field "optimizer.lr_decay" (Adagrad))");
    row("rmsprop alpha", R"({"optimizer": {"name": "RMSprop", "alpha": -0.1}})", R"(field "optimizer.alpha" (RMSprop))");
    row("adam eps", R"({"optimizer": {"name": "Adam", "eps": -1e-8}})", R"(field "optimizer.eps" (Adam))");
    row("adamw weight decay", R"({"optimizer": {"name": "AdamW", "weight_decay": -0.01}})", R"(field "optimizer.weight_decay" (AdamW))");
    row("lr negative", R"({"optimizer": {"lr": -1}})", R"(field "optimizer.lr" (SGD): value -1)");
    // JSON has no NaN: a hand-written file can hold the bare token, a string, or a number
    // too large for a double; each is named with its field and value.
    row("lr NaN token", R"({"optimizer": {"lr": NaN}})",
        R"(not valid JSON at line 1, column 22: illegal number: field "lr": value NaN; expected a finite number)");
    row("betas Infinity", R"({"optimizer": {"name": "Adam", "betas": [0.9, -Infinity]}})",
        R"(field "betas": value -Infinity; expected a finite number)");
    row("lr beyond a double", R"({"optimizer": {"lr": 1e999}})", R"(field "lr": value 1e999; expected a finite number)");
    row("lr NaN string", R"({"optimizer": {"lr": "NaN"}})", R"(field "optimizer.lr" (SGD): value "NaN"; expected a number > 0)");
    row("lr too large", R"({"optimizer": {"lr": 1000.5}})", R"(value 1000.5; expected a number > 0 and ≤ 1000)");
    row("lr a string", R"({"optimizer": {"lr": "0.1"}})", R"(field "optimizer.lr" (SGD): value "0.1")");
    row("epochs zero", R"({"epochs": 0})", R"(field "epochs": value 0; expected an integer ≥ 1 and ≤ 1000000)");
    row("epochs too many", R"({"epochs": 1000001})", R"(field "epochs": value 1000001)");
    row("epochs fractional", R"({"epochs": 2.5})", R"(field "epochs": value 2.5; expected an integer)");
    row("batch negative", R"({"batch_size": -1})", R"(field "batch_size": value -1; expected an integer ≥ 0)");
    row("batch beyond 2^53", R"({"batch_size": 1e45})",
        R"(field "batch_size": value 1e+45; expected an integer ≥ 0 and ≤ 9007199254740992)");
    row("batch fractional", R"({"batch_size": 3.5})", R"(field "batch_size": value 3.5)");
    row("hidden zero", R"({"model": {"hidden": [8, 0]}})", R"(field "model.hidden[1]": value 0; expected an integer ≥ 1 and ≤ 4096)");
    row("hidden too wide", R"({"model": {"hidden": [5000]}})", R"(field "model.hidden[0]": value 5000)");
    row("hidden empty", R"({"model": {"hidden": []}})", R"(field "model.hidden")");
    row("dropout one", R"({"model": {"dropout": 1}})", R"(field "model.dropout": value 1; expected a number ≥ 0 and < 1)");
    row("val_fraction zero", R"({"dataset": {"val_fraction": 0}})", R"(field "dataset.val_fraction": value 0)");
    row("val_fraction one", R"({"dataset": {"val_fraction": 1}})", R"(field "dataset.val_fraction": value 1)");
    row("nothing left to train", R"({"dataset": {"val_fraction": 0.5, "test_fraction": 0.5}})",
        R"(field "dataset.test_fraction")");
    row("n too small", R"({"dataset": {"n": 3}})", R"(field "dataset.n": value 3; expected an integer ≥ 4)");
    row("beta one", R"({"optimizer": {"name": "Adam", "betas": [0.9, 1]}})", R"(field "optimizer.betas[1]" (Adam): value 1)");
    row("betas not a pair", R"({"optimizer": {"name": "Adam", "betas": [0.9]}})", R"(field "optimizer.betas")");
    row("future format", R"({"format_version": 2})", R"(field "format_version": value 2; expected 1 or older)");
    row("unknown kind", R"({"kind": "painting"})", R"(field "kind": value "painting")");
    row("no threads", R"({"threads": 0})", R"(field "threads": value 0; expected an integer ≥ 1 and ≤ 32)");
    row("half a thread", R"({"threads": 1.5})", R"(field "threads": value 1.5)");
    row("unknown init", R"({"model": {"init": "kaiming"}})", R"(field "model.init": value "kaiming"; expected one of he, xavier, normal, pytorch)");
    row("unknown dtype", R"({"dtype": "float16"})", R"(field "dtype": value "float16"; expected one of float64, float32)");
    row("linear on classes", R"({"model": {"name": "linear"}})",
        R"(field "model.name": value "linear"; expected softmax or mlp for the classification dataset "moons")");
    row("softmax on values", R"({"model": {"name": "softmax"}, "dataset": {"name": "sine"}})",
        R"(field "model.name": value "softmax")");
    row("hidden on linear", R"({"model": {"name": "linear", "hidden": [3]}, "dataset": {"name": "linear"}})",
        R"(field "model.hidden")");
    row("clip norm zero", R"({"clip_grad_norm": 0})", R"(field "clip_grad_norm": value 0; expected null or a number > 0)");
    row("patience zero", R"({"early_stopping": {"patience": 0}})", R"(field "early_stopping.patience": value 0)");
    row("l2 negative", R"({"regularization": {"l2": -0.1}})", R"(field "regularization.l2": value -0.1)");
    row("seed negative", R"({"seed": -4})", R"(field "seed": value -4)");
    row("fashion val too big", R"({"dataset": {"name": "fashion-mnist", "val_size": 70000}})",
        R"(field "dataset.val_size": value 70000)");
    // Issue 15: augmentation, input noise and the gradient-noise measurement.
    row("augment shift negative", R"({"dataset": {"name": "fashion-mnist"}, "augment": {"shift": -1}})",
        R"(field "augment.shift": value -1; expected an integer ≥ 0 and ≤ 13)");
    row("augment shift half the image", R"({"dataset": {"name": "fashion-mnist"}, "augment": {"shift": 14}})",
        R"(field "augment.shift": value 14; expected an integer ≥ 0 and ≤ 13)");
    row("augment shift fractional", R"({"dataset": {"name": "fashion-mnist"}, "augment": {"shift": 1.5}})",
        R"(field "augment.shift": value 1.5)");
    row("augment flip not bool", R"({"dataset": {"name": "fashion-mnist"}, "augment": {"flip": 1}})",
        R"(field "augment.flip": value 1; expected true or false)");
    row("augment unknown key", R"({"dataset": {"name": "fashion-mnist"}, "augment": {"rotate": 10}})",
        R"(field "augment.rotate": value 10; expected no such key here)");
    row("augment on moons", R"({"augment": {"flip": true}})",
        R"(field "augment": value {…}; expected no augment: shifts and flips are for images (dataset fashion-mnist), not the "moons" dataset)");
    row("augment on sine", R"({"dataset": {"name": "sine"}, "model": {"name": "linear"}, "augment": {}})",
        R"(field "augment": value {…}; expected no augment: shifts and flips are for images (dataset fashion-mnist), not the "sine" dataset)");
    row("input_noise negative", R"({"input_noise": -0.1})", R"(field "input_noise": value -0.1; expected a number ≥ 0)");
    row("input_noise beyond a double", R"({"input_noise": 1e999})", R"(field "input_noise": value 1e999; expected a finite number)");
    row("input_noise NaN token", R"({"input_noise": NaN})", R"(field "input_noise": value NaN; expected a finite number)");
    row("input_noise a string", R"({"input_noise": "0.1"})", R"(field "input_noise": value "0.1")");
    row("gradient_noise without batch_sizes", R"({"kind": "gradient_noise"})",
        R"(field "batch_sizes": value (missing); expected an array of 1 … 64 batch sizes in increasing order, e.g. [8, 32, 128] (required))");
    row("batch_sizes empty", R"({"kind": "gradient_noise", "batch_sizes": []})",
        R"(field "batch_sizes": value []; expected an array of 1 … 64 batch sizes)");
    row("batch_sizes not an array", R"({"kind": "gradient_noise", "batch_sizes": 8})", R"(field "batch_sizes": value 8)");
    row("batch size zero", R"({"kind": "gradient_noise", "batch_sizes": [0, 8]})",
        R"(field "batch_sizes[0]": value 0; expected an integer ≥ 1)");
    row("batch size fractional", R"({"kind": "gradient_noise", "batch_sizes": [8, 2.5]})", R"(field "batch_sizes[1]": value 2.5)");
    row("batch size beyond the data", R"({"kind": "gradient_noise", "batch_sizes": [8, 801]})",
        R"(field "batch_sizes[1]": value 801; expected at most 800, the training samples)");
    row("batch sizes out of order", R"({"kind": "gradient_noise", "batch_sizes": [32, 8]})",
        R"(field "batch_sizes[1]": value 8; expected more than 32 (batch sizes in increasing order))");
    row("batch sizes repeated", R"({"kind": "gradient_noise", "batch_sizes": [8, 8]})", R"(field "batch_sizes[1]": value 8)");
    row("batch_sizes on training", R"({"batch_sizes": [8]})", R"(field "batch_sizes": value [8]; expected no such key here)");
    row("repeats one", R"({"kind": "gradient_noise", "batch_sizes": [8], "repeats": 1})",
        R"(field "repeats": value 1; expected an integer ≥ 2 and ≤ 1000000)");
    row("repeats too much work",
        R"({"kind": "gradient_noise", "dataset": {"name": "fashion-mnist"}, "model": {"hidden": [4096]},
            "batch_sizes": [50000], "repeats": 1000000})",
        R"(field "repeats": value 1000000 (about)");
    row("gradient_noise with batch norm", R"({"kind": "gradient_noise", "batch_sizes": [8], "model": {"batch_norm": true}})",
        R"(field "model.batch_norm": value on; expected false or absent: with batch normalisation)");
    row("gradient_noise epochs negative", R"({"kind": "gradient_noise", "batch_sizes": [8], "epochs": -1})",
        R"(field "epochs": value -1; expected an integer ≥ 0 and ≤ 1000000)");
    row("standardize not bool", R"({"dataset": {"standardize": "yes"}})",
        R"(field "dataset.standardize": value "yes"; expected true or false)");
    row("batch norm a number", R"({"model": {"batch_norm": 3}})",
        R"(field "model.batch_norm": value 3; expected true, false or an object)");
    row("batch norm momentum above 1", R"({"model": {"batch_norm": {"momentum": 1.5}}})",
        R"(field "model.batch_norm.momentum": value 1.5)");
    row("batch norm eps zero", R"({"model": {"batch_norm": {"eps": 0}}})", R"(field "model.batch_norm.eps": value 0)");
    row("batch norm unknown key", R"({"model": {"batch_norm": {"epsilon": 1}}})", R"(field "model.batch_norm.epsilon")");
    row("batch norm on softmax", R"({"model": {"name": "softmax", "batch_norm": true}})",
        R"(field "model.batch_norm": value true; expected no batch_norm: only mlp)");
    row("batch norm with batches of one", R"({"model": {"batch_norm": true}, "batch_size": 1})",
        R"(field "batch_size": value 1; expected mini-batches of at least 2 samples with model.batch_norm (every)");
    row("batch norm with a last batch of one",
        R"({"dataset": {"name": "moons", "n": 100, "val_fraction": 0.2}, "model": {"batch_norm": true}, "batch_size": 79})",
        R"(field "batch_size": value 79; expected mini-batches of at least 2 samples with model.batch_norm (with 80 training samples the last mini-batch has 1 sample)");
    row("layer stats past the run", R"({"epochs": 3, "layer_stats": {"epochs": [0, 4]}})",
        R"(field "layer_stats.epochs)");
}

void ExperimentFile::readsBatchNormAndLayerStats()
{
    QVERIFY(!parseExperiment(R"({"model": {"batch_norm": false}})", "e.json").training.model.batch_norm);
    const TrainingSpec plain = parseExperiment(R"({"model": {"batch_norm": true}})", "e.json").training;
    QCOMPARE(plain.model.batch_norm->eps, 1e-5);
    QCOMPARE(plain.model.batch_norm->momentum, 0.1);
    QVERIFY(!plain.layer_stats);
    const Experiment tuned = parseExperiment(
        R"({"epochs": 5, "model": {"batch_norm": {"momentum": 0.3}}, "layer_stats": {"epochs": [0, 5]}})", "e.json");
    QCOMPARE(tuned.training.model.batch_norm->eps, 1e-5);
    QCOMPARE(tuned.training.model.batch_norm->momentum, 0.3);
    QCOMPARE(tuned.training.layer_stats->epochs, (std::vector<int>{0, 5}));
    const QJsonObject json = toJson(tuned);
    QCOMPARE(toJson(parseExperimentObject(json, QString(), "round-trip")), json);
    QVERIFY(parseExperiment(R"({"layer_stats": {}})", "e.json").training.layer_stats->epochs.empty());
}

void ExperimentFile::problemsAreLocated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        parseExperiment(json, "e.json");
        QFAIL("accepted");
    } catch (const ConfigError &error) {
        const QString message = error.text();
        QVERIFY2(message.startsWith("e.json: "), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(!message.contains('\n'), "one line");
    }
}

void ExperimentFile::unreadableFileIsNamed()
{
    try {
        readExperimentFile("/nonexistent/x.json");
        QFAIL("accepted");
    } catch (const ConfigError &error) {
        QVERIFY(error.text().startsWith("/nonexistent/x.json: cannot be read"));
    }
}

void ExperimentFile::readsAugmentationAndInputNoise()
{
    const Experiment plain = parseExperiment("{}", "e.json");
    QCOMPARE(plain.training.augmentation.shift, 0);
    QCOMPARE(plain.training.augmentation.flip, false);
    QCOMPARE(plain.training.augmentation.input_noise, 0.0);
    QVERIFY(!toJson(plain).contains("augment")); // not for moons: reading it back would fail
    const Experiment fashion = parseExperiment(
        R"({"dataset": {"name": "fashion-mnist"}, "augment": {"shift": 2, "flip": true}, "input_noise": 0.25})", "e.json");
    QCOMPARE(fashion.training.augmentation.shift, 2);
    QCOMPARE(fashion.training.augmentation.flip, true);
    QCOMPARE(fashion.training.augmentation.input_noise, 0.25);
    const QJsonObject json = toJson(fashion);
    QCOMPARE(json["augment"].toObject(), (QJsonObject{{"shift", 2}, {"flip", true}}));
    QCOMPARE(json["input_noise"].toDouble(), 0.25);
    QCOMPARE(toJson(parseExperimentObject(json, QString(), "round-trip")), json);
}

void ExperimentFile::readsGradientNoise()
{
    const Experiment experiment = parseExperiment(
        R"({"kind": "gradient_noise", "seed": 3, "batch_sizes": [1, 8, 800], "model": {"hidden": [16]}})", "e.json");
    QCOMPARE(experiment.kind, ExperimentKind::GradientNoise);
    const GradientNoiseSpec &spec = experiment.gradient_noise;
    QCOMPARE(spec.batch_sizes, (std::vector<long>{1, 8, 800}));
    QCOMPARE(spec.repeats, 100L);
    QCOMPARE(spec.training.epochs, 0); // the initial weights unless asked
    QCOMPARE(spec.training.seed, std::uint64_t{3});
    QCOMPARE(spec.training.model.hidden, std::vector<int>{16});
    const QJsonObject json = toJson(experiment);
    QCOMPARE(json["kind"].toString(), QStringLiteral("gradient_noise"));
    QCOMPARE(json["repeats"].toDouble(), 100.0);
    QCOMPARE(toJson(parseExperimentObject(json, QString(), "round-trip")), json);
    QCOMPARE(parseExperiment(R"({"kind": "gradient_noise", "batch_sizes": [4], "epochs": 5})", "e.json")
                 .gradient_noise.training.epochs,
             5);
}

QTEST_APPLESS_MAIN(ExperimentFile)
#include "tst_experiment_file.moc"
