#include "RunSummary.h"

#include <QJsonArray>

#include <cmath>

namespace kobai::cli {

namespace {

QJsonValue optionalValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue finiteValue(double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null); }

/// What every summary ends with: the configuration and who wrote it.
QJsonObject withConfiguration(QJsonObject summary, const config::Experiment &experiment)
{
    summary.insert("config", config::toJson(experiment));
    summary.insert("program", "kobai-run");
    summary.insert("version", KOBAI_VERSION);
    return summary;
}

} // namespace

QJsonObject runSummary(const config::Experiment &experiment, const TrainingResult &result)
{
    return withConfiguration(QJsonObject{
        {"status", QString::fromLatin1(runStatusName(result.status))},
        {"message", QString::fromStdString(result.message)},
        {"stop_epoch", result.stop_epoch},
        {"stop_update", static_cast<double>(result.stop_update)},
        {"best_epoch", result.best_epoch},
        {"best_val_loss", result.best_val_loss},
        {"test_loss", optionalValue(result.test_loss)},
        {"test_acc", optionalValue(result.test_acc)},
        {"seconds", result.seconds},
        {"seed", static_cast<double>(experiment.training.seed)},
    }, experiment);
}

QJsonObject runSummary(const config::Experiment &experiment, const TrajectoryResult &result)
{
    const TrajectoryPoint &last = result.points.back();
    return withConfiguration(QJsonObject{
        {"status", QString::fromLatin1(runStatusName(result.status))},
        {"message", QString::fromStdString(result.message)},
        {"stop_step", result.stop_step},
        {"final_point", QJsonArray{last.x, last.y}},
        {"final_loss", last.loss},
        {"final_step", last.step},
    }, experiment);
}

QJsonObject runSummary(const config::Experiment &experiment, const std::vector<double> &rates)
{
    return withConfiguration(QJsonObject{
        {"status", QString::fromLatin1(runStatusName(RunStatus::Finished))},
        {"epochs", static_cast<double>(rates.size())},
        {"final_lr", rates.back()},
    }, experiment);
}

QJsonObject runSummary(const config::Experiment &experiment, const ContourMap &map)
{
    QJsonArray levels;
    double segments = 0;
    for (const ContourLevel &level : map.levels) {
        levels.append(level.value);
        segments += static_cast<double>(level.segments.size());
    }
    QJsonArray minima;
    for (const ViewMinimum &minimum : map.minima)
        minima.append(QJsonObject{{"x", minimum.x},
                                  {"y", minimum.y},
                                  {"f", minimum.value},
                                  {"source", minimum.known ? QStringLiteral("known") : QStringLiteral("grid")}});
    return withConfiguration(QJsonObject{
        {"status", QString::fromLatin1(runStatusName(RunStatus::Finished))},
        {"levels", levels},
        {"f_min", finiteValue(map.lowest)},
        {"f_max", finiteValue(map.highest)},
        {"segments", segments},
        {"minima", minima},
    }, experiment);
}

} // namespace kobai::cli
