#include "SweepConfig.h"

#include "ConfigError.h"
#include "Experiment.h"
#include "Lesson.h"
#include "TextFields.h"

#include <QJsonArray>

#include <cmath>

namespace kobai::config {

namespace {

const QStringList scaleNames{"linear", "log"};
constexpr int maxPoints = 200;

std::vector<double> readValues(ObjectReader &root)
{
    if (root.has("values") == root.has("range"))
        root.fail(root.has("values") ? "range" : "values",
                  QStringLiteral("either \"values\" [numbers] or \"range\" {min, max, points, scale}, one of them"));
    std::vector<double> values;
    if (root.has("values")) {
        const QJsonValue array = root.raw("values");
        const QString expected = QStringLiteral("an array of 1 … %1 numbers").arg(maxPoints);
        if (!array.isArray() || array.toArray().isEmpty() || array.toArray().size() > maxPoints)
            root.fail("values", expected);
        for (const QJsonValue &v : array.toArray()) {
            if (!v.isDouble() || !std::isfinite(v.toDouble()))
                root.fail("values", expected);
            values.push_back(v.toDouble());
        }
        return values;
    }
    ObjectReader range = root.object("range");
    double min = 0;
    double max = 0;
    int points = 0;
    for (const char *key : {"min", "max", "points"})
        if (!range.has(key))
            range.fail(key, QStringLiteral("a number (a range needs min, max and points)"));
    const bool log = range.choice("scale", scaleNames, 0) == 1;
    range.read("min", min, log ? Range::above(0) : Range::any());
    range.read("max", max, Range::any());
    range.read("points", points, Range::integerBetween(2, maxPoints));
    if (max <= min)
        range.fail("max", QStringLiteral("a number > min (%1)").arg(min));
    range.finish();
    for (int i = 0; i < points; ++i) {
        const double t = static_cast<double>(i) / (points - 1);
        values.push_back(log ? min * std::pow(max / min, t) : min + (max - min) * t);
    }
    values.back() = max; // exactly the end the file names
    return values;
}

} // namespace

SweepSpec readSweep(ObjectReader &root)
{
    SweepSpec sweep;
    sweep.field = requiredString(root, "field", QStringLiteral("a dotted path into the experiment, e.g. \"optimizer.lr\""));
    sweep.values = readValues(root);
    const QJsonValue experiment = root.raw("experiment");
    if (!experiment.isObject())
        root.fail("experiment", QStringLiteral("a training experiment object {…} (docs/experiments.md)"));
    sweep.base = experiment.toObject();
    const QString path = root.field("experiment");
    if (parseExperimentObject(sweep.base, path, root.file()).kind != ExperimentKind::Training)
        throw ConfigError(root.file(), path + QStringLiteral(".kind"), showValue(sweep.base.value("kind")),
                          QStringLiteral("training (a sweep runs training experiments)"));
    for (std::size_t i = 0; i < sweep.values.size(); ++i) {
        try {
            sweep.runs.push_back(
                parseExperimentObject(withField(sweep.base, sweep.field, sweep.values[i]), path, root.file()).training);
        } catch (const ConfigError &error) {
            throw ConfigError(root.file(), root.has("range") ? root.field("range") : root.field("values"),
                              showValue(sweep.values[i]),
                              QStringLiteral("values the experiment accepts at \"%1\" (%2)").arg(shortenedForMessage(sweep.field), error.expectation()));
        }
    }
    return sweep;
}

QJsonObject sweepToJson(const SweepSpec &sweep)
{
    QJsonArray values;
    for (double v : sweep.values)
        values.append(v);
    return QJsonObject{{"field", sweep.field}, {"values", values}, {"experiment", sweep.base}};
}

} // namespace kobai::config
