#include "RunSummary.h"

#include "OutputFile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace kobai::cli {

QJsonValue optionalValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

namespace {

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

QJsonObject runSummary(const config::Experiment &experiment, const GradientNoiseResult &result)
{
    return withConfiguration(QJsonObject{
        {"status", QString::fromLatin1(runStatusName(result.status))},
        {"message", QString::fromStdString(result.message)},
        {"samples", static_cast<double>(result.samples)},
        {"full_gradient_norm", finiteValue(result.full_gradient_norm)},
        {"sample_variance", finiteValue(result.sample_variance)},
        {"batch_sizes_measured", static_cast<double>(result.rows.size())},
        {"seed", static_cast<double>(experiment.gradient_noise.training.seed)},
    }, experiment);
}

QJsonObject runSummary(const config::Experiment &experiment, const ScalingResult &result)
{
    return withConfiguration(QJsonObject{
        {"status", QString::fromLatin1(runStatusName(result.status))},
        {"message", QString::fromStdString(result.message)},
        {"parameters", static_cast<double>(result.parameters)},
        {"bytes_per_worker", result.bytes_per_worker},
        {"compute_seconds", finiteValue(result.compute_seconds)},
        {"compute_measured", result.compute_measured},
        {"compute_passes", result.compute_passes},
        {"network_latency_us", experiment.scaling.network.latency_us},
        {"network_bandwidth_gbps", experiment.scaling.network.bandwidth_gbps},
    }, experiment);
}

QJsonObject runSummary(const config::Experiment &experiment, const TrajectoryResult &result)
{
    QJsonObject summary{
        {"status", QString::fromLatin1(runStatusName(result.status))},
        {"message", QString::fromStdString(result.message)},
        {"stop_step", result.stop_step},
        {"final_point", QJsonValue::Null},
        {"final_loss", QJsonValue::Null},
        {"final_step", QJsonValue::Null},
    };
    if (!result.points.empty()) { // none when the start itself is not finite
        const TrajectoryPoint &last = result.points.back();
        summary.insert("final_point", QJsonArray{last.x, last.y});
        summary.insert("final_loss", last.loss);
        summary.insert("final_step", last.step);
    }
    return withConfiguration(summary, experiment);
}

QJsonObject runSummary(const config::Experiment &experiment, const std::vector<double> &rates, RunStatus status)
{
    return withConfiguration(QJsonObject{
        {"status", QString::fromLatin1(runStatusName(status))},
        {"epochs", static_cast<double>(rates.size())},
        {"final_lr", rates.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rates.back())},
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

void writeSummary(const QString &path, const QJsonObject &summary)
{
    OutputFile file(path);
    file.write(QJsonDocument(summary).toJson());
    file.commit();
}

} // namespace kobai::cli
