#pragma once
// Experiment files (docs/experiments.md) into engine structs, and back into the
// effective configuration with every default filled in.
#include "SearchConfig.h"
#include "SweepSpec.h"
#include "landscape/ContourSpec.h"
#include "parallel/ScalingCurve.h"
#include "schedule/ScheduleRun.h"
#include "train/GradientNoise.h"
#include "train/TrainingSpec.h"
#include "trajectory/TrajectoryRun.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kobai::config {

/// The newest experiment format this program reads.
constexpr int experimentFormatVersion = 1;

enum class ExperimentKind { Training, Trajectory, Schedule, Sweep, Contours, GradientNoise, Search, Scaling };

/// One experiment; only the spec of its kind is filled from the file.
struct Experiment {
    ExperimentKind kind = ExperimentKind::Training;
    TrainingSpec training;
    TrajectorySpec trajectory;
    ScheduleRunSpec schedule;
    SweepSpec sweep;
    ContourSpec contours;
    GradientNoiseSpec gradient_noise;
    SearchExperiment search;
    ScalingSpec scaling;
};

/// Parses a whole file's bytes; file names the source in messages. Throws ConfigError.
Experiment parseExperiment(const QByteArray &json, const QString &file);
/// Parses an experiment object found at `path` inside a larger document (a lesson).
/// spaceOrder: a search's space keys in the order the text writes them (JsonKeyOrder.h);
/// without it they are in QJsonObject's sorted order.
Experiment parseExperimentObject(const QJsonObject &object, const QString &path, const QString &file,
                                 const QStringList &spaceOrder = {});
/// Reads and parses a file. Throws ConfigError.
Experiment readExperimentFile(const QString &path);

QJsonObject toJson(const Experiment &experiment);

/// The file's name for a kind ("training", "trajectory", "schedule", "sweep", "contours",
/// "gradient_noise", "search", "scaling").
QString kindName(ExperimentKind kind);

} // namespace kobai::config
