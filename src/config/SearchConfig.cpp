#include "SearchConfig.h"

#include "ConfigError.h"
#include "Experiment.h"
#include "Lesson.h"
#include "SpecFields.h"
#include "SurfaceConfig.h"

#include "core/ThreadTeam.h"
#include "search/GridProposer.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>

namespace kobai::config {

namespace {

const QStringList strategyNames{"grid", "random", "bayes"};
const QStringList objectiveNames{"val_loss", "val_acc"};
const QStringList batchRuleNames{"constant_liar", "kriging_believer"};
constexpr int maxTrials = 10'000;
constexpr int maxChoices = 200;
const char *const forms[] = {"range", "log", "choice", "values"};

/// One key of "space": exactly one of range, log, choice (random and bayes) or values (grid).
SearchDimension readDimension(ObjectReader &space, const QString &key, SearchStrategy strategy, bool function)
{
    const QByteArray name = key.toUtf8();
    if (!space.raw(name.constData()).isObject())
        space.fail(name.constData(), QStringLiteral("an object with one of range [lo, hi], log [lo, hi], choice "
                                                    "[values] or values [values] (grid)"));
    ObjectReader reader = space.object(name.constData());
    const auto given = std::count_if(std::begin(forms), std::end(forms), [&](const char *f) { return reader.has(f); });
    const auto first = std::find_if(std::begin(forms), std::end(forms), [&](const char *f) { return reader.has(f); });
    const char *form = first == std::end(forms) ? forms[0] : *first;
    if (given != 1)
        reader.fail(form,
                    QStringLiteral("exactly one of range [lo, hi], log [lo, hi] (0 < lo), choice [values] or "
                                   "values [values] (grid)"));
    const bool grid = strategy == SearchStrategy::Grid;
    const QString formName = QString::fromLatin1(form);
    if (grid && formName != QLatin1String("values"))
        reader.fail(form, QStringLiteral("\"values\": [numbers] instead (a grid lists every key's values)"));
    if (!grid && formName == QLatin1String("values"))
        reader.fail(form, QStringLiteral("range, log or choice (\"values\" belong to a grid)"));
    if (function && !grid && formName != QLatin1String("range"))
        reader.fail(form, QStringLiteral("\"range\": [lo, hi] (a function's coordinates are searched on ranges)"));
    SearchDimension dimension;
    dimension.key = key.toStdString();
    if (formName == QLatin1String("range") || formName == QLatin1String("log")) {
        const bool log = formName == QLatin1String("log");
        std::array<double, 2> bounds{};
        reader.read(form, bounds, log ? Range::above(0) : Range::any());
        if (!(bounds[0] < bounds[1]))
            reader.fail(form, QStringLiteral("[lo, hi] with lo < hi"));
        dimension.scale = log ? DimensionScale::Log : DimensionScale::Linear;
        dimension.low = bounds[0];
        dimension.high = bounds[1];
    } else {
        dimension.scale = DimensionScale::Choice;
        reader.read(form, dimension.choices, Range::any());
        std::vector<double> sorted = dimension.choices;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.empty() || static_cast<int>(sorted.size()) > maxChoices ||
            std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
            reader.fail(form, QStringLiteral("an array of 1 … %1 distinct numbers").arg(maxChoices));
    }
    reader.finish();
    return dimension;
}

/// The values a dimension is checked at: a range's ends and a point inside (an integer
/// field refuses it), every value of a choice.
std::vector<double> probes(const SearchDimension &dimension)
{
    if (dimension.scale == DimensionScale::Choice)
        return dimension.choices;
    return {dimension.low, dimension.valueAt(0.5), dimension.high};
}

QJsonObject withValues(QJsonObject experiment, const SearchSpace &space, const std::vector<double> &values)
{
    for (std::size_t k = 0; k < values.size(); ++k)
        experiment = withField(experiment, QString::fromStdString(space.dimensions[k].key), values[k]);
    return experiment;
}

void readTarget(ObjectReader &root, SearchExperiment &search, ObjectReader &spaceReader)
{
    SearchSpec &spec = search.spec;
    if (!spec.function) {
        const QString path = root.field("experiment");
        if (!root.raw("experiment").isObject())
            root.fail("experiment", QStringLiteral("a training experiment object {…} (docs/experiments.md)"));
        search.experiment = root.raw("experiment").toObject();
        const Experiment base = parseExperimentObject(search.experiment, path, root.file());
        if (base.kind != ExperimentKind::Training)
            throw ConfigError(root.file(), path + QStringLiteral(".kind"), showValue(search.experiment.value("kind")),
                              QStringLiteral("training (a search's trials are training runs)"));
        if (spec.objective == SearchObjective::ValAcc && isRegressionDataset(base.training.dataset))
            root.fail("objective", QStringLiteral("val_loss (the experiment's dataset is a regression: no accuracy)"));
    } else if (spec.objective == SearchObjective::ValAcc) {
        root.fail("objective", QStringLiteral("val_loss (a function search minimises f)"));
    }
    for (const SearchDimension &dimension : spec.space.dimensions) {
        const QString key = QString::fromStdString(dimension.key);
        if (spec.function) {
            if (key != QLatin1String("x") && key != QLatin1String("y"))
                spaceReader.fail(dimension.key.c_str(), QStringLiteral("only the keys x and y (the function's coordinates)"));
            continue;
        }
        for (double value : probes(dimension)) {
            try {
                parseExperimentObject(withField(search.experiment, key, value), root.field("experiment"), root.file());
            } catch (const ConfigError &error) {
                throw ConfigError(root.file(), spaceReader.field(dimension.key.c_str()), showValue(value),
                                  QStringLiteral("values the experiment accepts at \"%1\" (%2)")
                                      .arg(shortenedForMessage(key), error.expectation()));
            }
        }
    }
    if (spec.function && spec.space.size() != 2)
        root.fail("space", QStringLiteral("the keys x and y, both (a function search is two-dimensional)"));
}

void readBudget(ObjectReader &root, SearchSpec &spec)
{
    if (spec.strategy == SearchStrategy::Grid) {
        const long long size = GridProposer(spec.space).size();
        if (size > maxTrials)
            root.fail("space", QStringLiteral("a grid of at most %1 points (this one has %2)").arg(maxTrials).arg(size));
        int trials = static_cast<int>(size);
        root.read("trials", trials, Range::integerBetween(1, maxTrials));
        if (trials != size)
            root.fail("trials", QStringLiteral("%1, the grid's size (the product of its keys' value counts), or "
                                               "nothing").arg(size));
        spec.trials = trials;
        return;
    }
    if (!root.has("trials"))
        root.fail("trials", QStringLiteral("an integer 1 … %1 (required)").arg(maxTrials));
    root.read("trials", spec.trials, Range::integerBetween(1, maxTrials));
}

void readOptions(ObjectReader &root, SearchSpec &spec)
{
    if (root.has("prune")) {
        if (spec.function)
            root.fail("prune", QStringLiteral("nothing (a function search has no epochs to prune at)"));
        ObjectReader prune = root.object("prune");
        PruneSpec rule;
        prune.choice("rule", QStringList{"median"}, 0);
        prune.read("warmup_epochs", rule.warmup_epochs, Range::integerAtLeast(0));
        prune.finish();
        spec.prune = rule;
    }
    if (root.has("bayes")) {
        if (spec.strategy != SearchStrategy::Bayes)
            root.fail("bayes", QStringLiteral("nothing unless \"strategy\" is \"bayes\""));
        ObjectReader bayes = root.object("bayes");
        bayes.read("initial_trials", spec.bayes.initial_trials, Range::integerBetween(1, maxTrials));
        bayes.read("candidates", spec.bayes.candidates, Range::integerBetween(1, 1'000'000));
        bayes.read("restarts", spec.bayes.restarts, Range::integerBetween(0, 100));
        spec.bayes.batch_rule = static_cast<BatchRule>(
            bayes.choice("batch_rule", batchRuleNames, static_cast<int>(spec.bayes.batch_rule)));
        bayes.finish();
    }
}

QJsonArray toArray(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

} // namespace

SearchExperiment readSearch(ObjectReader &root, const QStringList &spaceOrder)
{
    SearchExperiment search;
    SearchSpec &spec = search.spec;
    if (!root.has("strategy"))
        root.fail("strategy", QStringLiteral("one of grid, random, bayes (required)"));
    spec.strategy = static_cast<SearchStrategy>(root.choice("strategy", strategyNames, 0));
    spec.seed = readSeed(root);
    root.read("threads", spec.threads, Range::integerBetween(1, ThreadTeam::maxThreads));
    spec.objective = static_cast<SearchObjective>(root.choice("objective", objectiveNames, 0));
    if (root.has("function") == root.has("experiment"))
        root.fail(root.has("function") ? "experiment" : "function",
                  QStringLiteral("either \"experiment\": {a training experiment} or \"function\": NAME, one of them"));
    if (root.has("function"))
        spec.function = readFunction(root);
    if (!root.raw("space").isObject() || root.raw("space").toObject().isEmpty())
        root.fail("space", QStringLiteral("an object of keys, each {range | log | choice | values} (required)"));
    const QJsonObject written = root.raw("space").toObject();
    QStringList keys;
    for (const QString &key : spaceOrder)
        if (written.contains(key))
            keys.append(key);
    for (const QString &key : written.keys())
        if (!keys.contains(key))
            keys.append(key);
    ObjectReader space = root.object("space");
    for (const QString &key : keys)
        spec.space.dimensions.push_back(readDimension(space, key, spec.strategy, spec.function.has_value()));
    space.finish();
    readTarget(root, search, space);
    readBudget(root, spec);
    readOptions(root, spec);
    if (!spec.function)
        spec.experiment = [base = search.experiment, space = spec.space, path = root.field("experiment"),
                           file = root.file()](const std::vector<double> &values) {
            return parseExperimentObject(withValues(base, space, values), path, file).training;
        };
    return search;
}

QJsonObject searchToJson(const SearchExperiment &search)
{
    const SearchSpec &spec = search.spec;
    QJsonObject space;
    for (const SearchDimension &dimension : spec.space.dimensions) {
        const QString key = QString::fromStdString(dimension.key);
        if (dimension.scale == DimensionScale::Choice)
            space.insert(key, QJsonObject{{spec.strategy == SearchStrategy::Grid ? "values" : "choice",
                                           toArray(dimension.choices)}});
        else
            space.insert(key, QJsonObject{{dimension.scale == DimensionScale::Log ? "log" : "range",
                                           toArray({dimension.low, dimension.high})}});
    }
    QJsonObject out{{"strategy", strategyNames[static_cast<int>(spec.strategy)]},
                    {"trials", spec.trials},
                    {"seed", static_cast<double>(spec.seed)},
                    {"threads", spec.threads},
                    {"objective", objectiveNames[static_cast<int>(spec.objective)]},
                    {"space", space}};
    if (spec.prune)
        out.insert("prune", QJsonObject{{"rule", "median"}, {"warmup_epochs", spec.prune->warmup_epochs}});
    if (spec.strategy == SearchStrategy::Bayes)
        out.insert("bayes", QJsonObject{{"initial_trials", spec.bayes.initial_trials},
                                        {"candidates", spec.bayes.candidates},
                                        {"restarts", spec.bayes.restarts},
                                        {"batch_rule", batchRuleNames[static_cast<int>(spec.bayes.batch_rule)]}});
    if (spec.function)
        out.insert("function", functionToJson(*spec.function));
    else
        out.insert("experiment", search.experiment);
    return out;
}

} // namespace kobai::config
