#include "RunSummary.h"

namespace kobai::cli {

namespace {

QJsonValue optionalValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject runSummary(const config::Experiment &experiment, const TrainingResult &result)
{
    return QJsonObject{
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
        {"config", config::toJson(experiment)},
        {"program", "kobai-run"},
        {"version", KOBAI_VERSION},
    };
}

} // namespace kobai::cli
