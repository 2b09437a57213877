// An experiment written back as JSON (toJson in Experiment.h): every field with the value
// it runs with, defaults included, so that a summary or a lesson's export says exactly what ran.
#include "Experiment.h"

#include "AugmentationConfig.h"
#include "DataParallelConfig.h"
#include "BatchNormConfig.h"
#include "ContourConfig.h"
#include "GradientNoiseConfig.h"
#include "LayerStatsConfig.h"
#include "ScalingConfig.h"
#include "SchedulerConfig.h"
#include "SearchConfig.h"
#include "SpecFields.h"
#include "SurfaceConfig.h"
#include "SweepConfig.h"

#include <QJsonArray>

namespace kobai::config {

namespace {

QJsonObject datasetToJson(const DatasetSpec &dataset)
{
    QJsonObject out{{"name", datasetNames()[static_cast<qsizetype>(dataset.index())]}};
    std::visit(
        [&](const auto &options) {
            writeFields(out, options, fieldsOf(options));
            if constexpr (requires { options.split; })
                writeFields(out, options.split, fieldsOf(options.split));
        },
        dataset);
    return out;
}

QJsonObject optimizerToJson(const OptimizerSpec &optimizer)
{
    const RuleEntry &rule = ruleOf(optimizer);
    QJsonObject out{
        {"name", QString::fromStdString(rule.name)},
        {"variant", variantNames()[rule.variant == RuleVariant::Textbook ? 1 : 0]},
    };
    std::visit([&](const auto &options) { writeFields(out, options, fieldsOf(options)); }, optimizer);
    return out;
}

QJsonObject modelToJson(const ModelSpec &model)
{
    QJsonObject out{{"name", modelNames()[static_cast<int>(model.kind)]},
                    {"init", initNames()[static_cast<int>(model.init)]},
                    {"std", model.std}};
    if (model.kind == ModelKind::Mlp) {
        QJsonArray hidden;
        for (int size : model.hidden)
            hidden.append(size);
        out.insert("hidden", hidden);
        out.insert("activation", activationNames()[static_cast<int>(model.activation)]);
        out.insert("dropout", model.dropout);
        if (model.batch_norm)
            out.insert("batch_norm", batchNormToJson(*model.batch_norm));
    }
    return out;
}

QJsonValue optionalToJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject trainingToJson(const TrainingSpec &spec)
{
    QJsonValue earlyValue = QJsonValue::Null;
    if (spec.early_stopping)
        earlyValue = QJsonObject{{"patience", spec.early_stopping->patience},
                                 {"min_delta", spec.early_stopping->min_delta},
                                 {"restore_best", spec.early_stopping->restore_best}};
    QJsonObject out{
        {"seed", static_cast<double>(spec.seed)},
        {"dataset", datasetToJson(spec.dataset)},
        {"model", modelToJson(spec.model)},
        {"batch_size", static_cast<double>(spec.batch_size)},
        {"epochs", spec.epochs},
        {"dtype", dtypeNames()[static_cast<int>(spec.dtype)]},
        {"threads", spec.threads},
        {"optimizer", optimizerToJson(spec.optimizer)},
        {"scheduler", schedulerToJson(spec.scheduler)},
        {"regularization", QJsonObject{{"l2", spec.regularization.l2}, {"l1", spec.regularization.l1}}},
        {"clip_grad_norm", optionalToJson(spec.clip_grad_norm)},
        {"clip_grad_value", optionalToJson(spec.clip_grad_value)},
        {"early_stopping", earlyValue},
    };
    if (spec.layer_stats)
        out.insert("layer_stats", layerStatsToJson(*spec.layer_stats));
    writeAugmentation(out, spec);
    writeDataParallel(out, spec);
    return out;
}

QJsonObject trajectoryToJson(const TrajectorySpec &spec)
{
    QJsonObject out{
        {"function", functionToJson(spec.function)},
        {"start", QJsonArray{spec.start[0], spec.start[1]}},
        {"steps", spec.steps},
        {"optimizer", optimizerToJson(spec.optimizer)},
        {"scheduler", schedulerToJson(spec.scheduler)},
    };
    if (spec.function.kind == SurfaceKind::LinearRegression)
        out.insert("batch_size", static_cast<double>(spec.batch_size));
    return out;
}

QJsonObject scheduleRunToJson(const ScheduleRunSpec &spec)
{
    QJsonObject out{{"lr", spec.lr}, {"epochs", spec.epochs}, {"scheduler", schedulerToJson(spec.scheduler)}};
    if (!spec.metrics.empty()) {
        QJsonArray metrics;
        for (double value : spec.metrics)
            metrics.append(value);
        out.insert("metrics", metrics);
    }
    return out;
}

} // namespace

QJsonObject toJson(const Experiment &experiment)
{
    QJsonObject out;
    switch (experiment.kind) {
    case ExperimentKind::Training:
        out = trainingToJson(experiment.training);
        break;
    case ExperimentKind::Trajectory:
        out = trajectoryToJson(experiment.trajectory);
        break;
    case ExperimentKind::Schedule:
        out = scheduleRunToJson(experiment.schedule);
        break;
    case ExperimentKind::Sweep:
        out = sweepToJson(experiment.sweep);
        break;
    case ExperimentKind::Contours:
        out = contoursToJson(experiment.contours);
        break;
    case ExperimentKind::GradientNoise:
        out = gradientNoiseToJson(experiment.gradient_noise,
                                  trainingToJson(experiment.gradient_noise.training));
        break;
    case ExperimentKind::Search:
        out = searchToJson(experiment.search);
        break;
    case ExperimentKind::Scaling:
        out = scalingToJson(experiment.scaling, trainingToJson(experiment.scaling.training));
        break;
    }
    out.insert("kind", kindName(experiment.kind));
    out.insert("format_version", experimentFormatVersion);
    return out;
}

} // namespace kobai::config
