// Search files (kind "search"): the issue's example reads into a SearchSpec whose trials
// are training experiments with the space's values in place, and every bad field is
// refused with the file, the field, the value and what was expected.
#include "ConfigError.h"
#include "Experiment.h"
#include "JsonKeyOrder.h"

#include <QJsonArray>
#include <QTest>

using namespace kobai;
using namespace kobai::config;

namespace {

const QByteArray issueExample = R"({"kind": "search", "strategy": "random", "trials": 30, "seed": 7, "threads": 2,
  "objective": "val_acc",
  "space": {"optimizer.lr": {"log": [1e-6, 1e-2]}, "regularization.l2": {"log": [1e-8, 1e-4]},
            "batch_size": {"choice": [32, 64, 128]}, "model.dropout": {"range": [0.0, 0.5]}},
  "prune": {"rule": "median", "warmup_epochs": 3},
  "experiment": {"kind": "training", "dataset": {"name": "moons", "n": 500}, "model": {"hidden": [16]},
                 "epochs": 5}})";

} // namespace

class SearchFile : public QObject {
    Q_OBJECT
private slots:
    void theIssueExampleReads();
    void gridsAndFunctions();
    void bayesReadsItsOptions();
    void keysInTheTextsOrder();
    void problemsAreLocated_data();
    void problemsAreLocated();
};

void SearchFile::theIssueExampleReads()
{
    const Experiment experiment = parseExperiment(issueExample, "s.json");
    QCOMPARE(experiment.kind, ExperimentKind::Search);
    const SearchSpec &spec = experiment.search.spec;
    QCOMPARE(spec.strategy, SearchStrategy::Random);
    QCOMPARE(spec.trials, 30);
    QCOMPARE(spec.seed, std::uint64_t{7});
    QCOMPARE(spec.threads, 2);
    QCOMPARE(spec.objective, SearchObjective::ValAcc);
    QVERIFY(spec.prune);
    QCOMPARE(spec.prune->warmup_epochs, 3);
    QVERIFY(!spec.function);
    QCOMPARE(spec.space.size(), 4);
    // The keys in the file's order (QJsonObject alone would sort them).
    QCOMPARE(spec.space.dimensions[0].key, std::string("optimizer.lr"));
    QCOMPARE(spec.space.dimensions[0].scale, DimensionScale::Log);
    QCOMPARE(spec.space.dimensions[0].low, 1e-6);
    QCOMPARE(spec.space.dimensions[1].key, std::string("regularization.l2"));
    QCOMPARE(spec.space.dimensions[2].key, std::string("batch_size"));
    QCOMPARE(spec.space.dimensions[2].scale, DimensionScale::Choice);
    QCOMPARE(spec.space.dimensions[2].choices, (std::vector<double>{32, 64, 128}));
    QCOMPARE(spec.space.dimensions[3].key, std::string("model.dropout"));
    QCOMPARE(spec.space.dimensions[3].scale, DimensionScale::Linear);
    // A trial: the experiment with every key's value in place, the rest as written.
    const TrainingSpec trial = spec.experiment({1e-3, 1e-5, 64, 0.25});
    QCOMPARE(trial.batch_size, 64L);
    QCOMPARE(trial.model.dropout, 0.25);
    QCOMPARE(std::get<SgdOptions>(trial.optimizer).lr, 1e-3);
    QCOMPARE(trial.regularization.l2, 1e-5);
    QCOMPARE(trial.epochs, 5);
    QCOMPARE(trial.model.hidden, std::vector<int>{16});
    // The effective configuration reads back into the same search.
    const QJsonObject json = toJson(experiment);
    const Experiment again = parseExperimentObject(json, QString(), "again.json");
    QCOMPARE(toJson(again), json);
    QCOMPARE(json["space"].toObject()["optimizer.lr"].toObject()["log"].toArray().size(), 2);
    QCOMPARE(json["strategy"].toString(), QString("random"));
}

void SearchFile::gridsAndFunctions()
{
    const Experiment grid = parseExperiment(R"({"kind": "search", "strategy": "grid",
        "space": {"optimizer.lr": {"values": [0.01, 0.1, 1]}, "batch_size": {"values": [16, 32]}},
        "experiment": {"dataset": {"name": "moons", "n": 200}, "epochs": 2}})", "g.json");
    QCOMPARE(grid.search.spec.trials, 6);
    QCOMPARE(grid.search.spec.space.dimensions[0].choices, (std::vector<double>{0.01, 0.1, 1}));
    const Experiment branin = parseExperiment(R"({"kind": "search", "strategy": "random", "trials": 10,
        "function": "branin", "space": {"x": {"range": [-5, 10]}, "y": {"range": [0, 15]}}})", "b.json");
    QVERIFY(branin.search.spec.function);
    QCOMPARE(branin.search.spec.function->kind, SurfaceKind::Branin);
    QVERIFY(!branin.search.spec.experiment);
    QCOMPARE(toJson(branin)["function"].toString(), QString("branin"));
    const Experiment quadratic = parseExperiment(R"({"kind": "search", "strategy": "grid",
        "function": {"name": "quadratic", "a": 1, "b": 2}, "space": {"x": {"values": [-1, 0, 1]}, "y": {"values": [2]}}})",
                                                 "q.json");
    QCOMPARE(quadratic.search.spec.trials, 3);
}

// A bayes file reads and validates (running it waits for the Bayesian proposer).
void SearchFile::bayesReadsItsOptions()
{
    const Experiment bayes = parseExperiment(R"({"kind": "search", "strategy": "bayes", "trials": 12,
        "bayes": {"initial_trials": 4, "candidates": 500, "restarts": 2, "batch_rule": "kriging_believer"},
        "function": "himmelblau", "space": {"x": {"range": [-5, 5]}, "y": {"range": [-5, 5]}}})", "b.json");
    const SearchSpec &spec = bayes.search.spec;
    QCOMPARE(spec.strategy, SearchStrategy::Bayes);
    QCOMPARE(spec.bayes.initial_trials, 4);
    QCOMPARE(spec.bayes.candidates, 500);
    QCOMPARE(spec.bayes.restarts, 2);
    QCOMPARE(spec.bayes.batch_rule, BatchRule::KrigingBeliever);
    QCOMPARE(toJson(bayes)["bayes"].toObject()["batch_rule"].toString(), QString("kriging_believer"));
}

// Only the top-level member's own keys, past strings holding quotes, braces and commas,
// and nested objects; escapes decoded; a repeated key where it first appears.
void SearchFile::keysInTheTextsOrder()
{
    const QByteArray text = R"( {"note": "a \"space\": {\"q\": 1}, [x]", "experiment": {"space": {"inner": 1}},
        "space" : { "z\u00e9": {"log": [1, 2]}, "b": {"choice": [1, {"c": "}"}]}, "a": 3, "b": 4 }, "tail": [1, {"y": 2}]})";
    QCOMPARE(keysInFileOrder(text, "space"), (QStringList{QString::fromUtf8("zé"), "b", "a"}));
    QCOMPARE(keysInFileOrder(text, "experiment"), QStringList{"space"});
    QCOMPARE(keysInFileOrder(text, "tail"), QStringList{});
    QCOMPARE(keysInFileOrder(text, "absent"), QStringList{});
    QCOMPARE(keysInFileOrder("[1, 2]", "space"), QStringList{});
    QCOMPARE(keysInFileOrder(R"({"space": {}})", "space"), QStringList{});
}

void SearchFile::problemsAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray experiment = R"("experiment": {"dataset": {"name": "moons", "n": 200}, "epochs": 2})";
    const QByteArray lr = R"("space": {"optimizer.lr": {"log": [0.001, 0.1]}})";
    auto row = [](const char *name, const QByteArray &fields, const char *expected) {
        QTest::newRow(name) << QByteArray(R"({"kind": "search", )" + fields + "}") << QString::fromUtf8(expected);
    };
    const QByteArray random = R"("strategy": "random", "trials": 4, )";
    row("no strategy", R"("trials": 4, )" + lr + ", " + experiment,
        R"(s.json: field "strategy": value (missing); expected one of grid, random, bayes (required))");
    row("unknown strategy", R"("strategy": "tpe", "trials": 4, )" + lr + ", " + experiment,
        R"(field "strategy": value "tpe"; expected one of grid, random, bayes)");
    row("no trials", R"("strategy": "random", )" + lr + ", " + experiment,
        R"(field "trials": value (missing); expected an integer 1 … 10000 (required))");
    row("trials zero", R"("strategy": "random", "trials": 0, )" + lr + ", " + experiment,
        R"(field "trials": value 0; expected an integer ≥ 1 and ≤ 10000)");
    row("trials not the grid's", R"("strategy": "grid", "trials": 5, "space": {"optimizer.lr": {"values": [0.1, 0.2]}}, )" + experiment,
        R"(field "trials": value 5; expected 2, the grid's size)");
    QByteArray thirty = "[";
    for (int i = 1; i <= 30; ++i)
        thirty += QByteArray::number(i) + (i < 30 ? ", " : "]");
    row("grid too large", R"("strategy": "grid", "space": {"batch_size": {"values": )" + thirty + R"(}, "epochs": {"values": )" +
        thirty + R"(}, "seed": {"values": )" + thirty + "}}, " + experiment,
        R"(field "space": value {…}; expected a grid of at most 10000 points (this one has 27000))");
    row("threads zero", random + R"("threads": 0, )" + lr + ", " + experiment, R"(field "threads": value 0; expected an integer ≥ 1 and ≤ 32)");
    row("unknown objective", random + R"("objective": "loss", )" + lr + ", " + experiment, R"(field "objective": value "loss")");
    row("accuracy of a regression", random + R"("objective": "val_acc", )" + lr +
        R"(, "experiment": {"dataset": {"name": "linear"}, "model": {"name": "linear"}})",
        R"(field "objective": value "val_acc"; expected val_loss (the experiment's dataset is a regression: no accuracy))");
    row("both targets", random + lr + R"(, "function": "branin", )" + experiment,
        R"(field "experiment": value {…}; expected either "experiment": {a training experiment} or "function": NAME, one of them)");
    row("no target", random + lr, R"(field "function": value (missing); expected either)");
    row("no space", random + experiment, R"(field "space": value (missing); expected an object of keys)");
    row("empty space", random + R"("space": {}, )" + experiment, R"(field "space": value {…}; expected an object of keys)");
    row("key not an object", random + R"("space": {"optimizer.lr": [0.1, 1]}, )" + experiment,
        R"(field "space.optimizer.lr": value [0.1,1]; expected an object with one of range)");
    row("two forms", random + R"("space": {"optimizer.lr": {"range": [0.1, 1], "log": [0.1, 1]}}, )" + experiment,
        R"(field "space.optimizer.lr.range": value [0.1,1]; expected exactly one of range)");
    row("no form", random + R"("space": {"optimizer.lr": {"min": 0.1}}, )" + experiment,
        R"(field "space.optimizer.lr.range": value (missing); expected exactly one of range)");
    row("extra key in a dimension", random + R"("space": {"optimizer.lr": {"log": [0.1, 1], "base": 10}}, )" + experiment,
        R"(field "space.optimizer.lr.base": value 10; expected no such key here)");
    row("log from zero", random + R"("space": {"optimizer.lr": {"log": [0, 0.1]}}, )" + experiment,
        R"(field "space.optimizer.lr.log[0]": value 0; expected a number > 0)");
    row("range reversed", random + R"("space": {"model.dropout": {"range": [0.5, 0.1]}}, )" + experiment,
        R"(field "space.model.dropout.range": value [0.5,0.1]; expected [lo, hi] with lo < hi)");
    row("range of three", random + R"("space": {"model.dropout": {"range": [0, 0.1, 0.2]}}, )" + experiment,
        R"(field "space.model.dropout.range": value [0,0.1,0.2]; expected an array of 2 numbers)");
    row("empty choice", random + R"("space": {"batch_size": {"choice": []}}, )" + experiment,
        R"(field "space.batch_size.choice": value []; expected an array of 1 … 200 distinct numbers)");
    row("repeated choice", random + R"("space": {"batch_size": {"choice": [32, 32]}}, )" + experiment,
        R"(field "space.batch_size.choice": value [32,32]; expected an array of 1 … 200 distinct numbers)");
    row("choice of strings", random + R"("space": {"optimizer.name": {"choice": ["SGD", "Adam"]}}, )" + experiment,
        R"(field "space.optimizer.name.choice[0]": value "SGD"; expected a number)");
    row("values outside a grid", random + R"("space": {"batch_size": {"values": [16, 32]}}, )" + experiment,
        R"(field "space.batch_size.values": value [16,32]; expected range, log or choice ("values" belong to a grid))");
    row("range in a grid", R"("strategy": "grid", "space": {"optimizer.lr": {"range": [0.1, 1]}}, )" + experiment,
        R"(field "space.optimizer.lr.range": value [0.1,1]; expected "values": [numbers] instead)");
    row("no such path", random + R"("space": {"optimizer.lrr": {"log": [0.001, 0.1]}}, )" + experiment,
        R"(field "space.optimizer.lrr": value 0.001; expected values the experiment accepts at "optimizer.lrr" (SGD: no such key here)");
    row("bound refused", random + R"("space": {"optimizer.lr": {"log": [0.001, 2000]}}, )" + experiment,
        R"(field "space.optimizer.lr": value 2000; expected values the experiment accepts at "optimizer.lr" (SGD: a number > 0 and ≤ 1000))");
    row("dropout beyond 1", random + R"("space": {"model.dropout": {"range": [0, 1.5]}}, )" + experiment,
        R"(field "space.model.dropout": value 1.5)");
    row("integer key on a range", random + R"("space": {"batch_size": {"range": [16, 129]}}, )" + experiment,
        R"(field "space.batch_size": value 72.5; expected values the experiment accepts at "batch_size" (an integer)");
    row("choice refused", random + R"("space": {"batch_size": {"choice": [32, -1]}}, )" + experiment,
        R"(field "space.batch_size": value -1; expected values the experiment accepts at "batch_size")");
    row("experiment not training", random + lr + R"(, "experiment": {"kind": "trajectory", "function": "ravine", "start": [1, 1]})",
        R"(field "experiment.kind": value "trajectory"; expected training (a search's trials are training runs))");
    row("experiment not an object", random + lr + R"(, "experiment": "moons.json")",
        R"(field "experiment": value "moons.json"; expected a training experiment object)");
    row("experiment broken", random + lr + R"(, "experiment": {"epochs": 0})", R"(field "experiment.epochs": value 0)");
    const QByteArray xy = R"("space": {"x": {"range": [-5, 10]}, "y": {"range": [0, 15]}})";
    row("function key z", random + R"("function": "branin", "space": {"x": {"range": [-5, 10]}, "z": {"range": [0, 15]}})",
        R"(field "space.z": value {…}; expected only the keys x and y)");
    row("function log key", random + R"("function": "branin", "space": {"x": {"log": [1, 10]}, "y": {"range": [0, 15]}})",
        R"(field "space.x.log": value [1,10]; expected "range": [lo, hi])");
    row("function one key", random + R"("function": "branin", "space": {"x": {"range": [-5, 10]}})",
        R"(field "space": value {…}; expected the keys x and y, both)");
    row("function pruned", random + R"("function": "branin", "prune": {}, )" + xy, R"(field "prune": value {…}; expected nothing)");
    row("function accuracy", random + R"("function": "branin", "objective": "val_acc", )" + xy,
        R"(field "objective": value "val_acc"; expected val_loss (a function search minimises f))");
    row("unknown function", random + R"("function": "booth", )" + xy, R"(field "function": value "booth")");
    row("prune rule", random + R"("prune": {"rule": "percentile"}, )" + lr + ", " + experiment,
        R"(field "prune.rule": value "percentile"; expected one of median)");
    row("prune warmup", random + R"("prune": {"warmup_epochs": -1}, )" + lr + ", " + experiment,
        R"(field "prune.warmup_epochs": value -1)");
    row("prune unknown", random + R"("prune": {"patience": 3}, )" + lr + ", " + experiment,
        R"(field "prune.patience": value 3; expected no such key here)");
    row("bayes options on random", random + R"("bayes": {}, )" + lr + ", " + experiment,
        R"(field "bayes": value {…}; expected nothing unless "strategy" is "bayes")");
    row("batch rule", R"("strategy": "bayes", "trials": 4, "bayes": {"batch_rule": "thompson"}, )" + lr + ", " + experiment,
        R"(field "bayes.batch_rule": value "thompson"; expected one of constant_liar, kriging_believer)");
    row("candidates zero", R"("strategy": "bayes", "trials": 4, "bayes": {"candidates": 0}, )" + lr + ", " + experiment,
        R"(field "bayes.candidates": value 0)");
    row("unknown key", random + R"("budget": 3, )" + lr + ", " + experiment, R"(field "budget": value 3; expected no such key here)");
}

void SearchFile::problemsAreLocated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        parseExperiment(json, "s.json");
        QFAIL("accepted");
    } catch (const ConfigError &error) {
        QVERIFY2(error.text().startsWith("s.json: "), qPrintable(error.text()));
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
}

QTEST_GUILESS_MAIN(SearchFile)
#include "tst_search_file.moc"
