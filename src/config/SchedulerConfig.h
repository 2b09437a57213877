#pragma once
// The "scheduler" object of an experiment file: names, keys, defaults (from the
// engine structs) and accepted ranges of every learning-rate schedule, read with
// located errors and written back as the effective configuration.
#include "FieldList.h"

#include "schedule/ScheduleSpec.h"

#include <QStringList>

namespace kobai::config {

/// PyTorch's class names, in the order of the ScheduleSpec alternatives (the engine's list).
const QStringList &schedulerNames();
const QStringList &plateauModeNames();
const QStringList &thresholdModeNames();

/// The "scheduler" key of root: absent or null → no schedule.
OptionalScheduleSpec readScheduler(ObjectReader &root);

/// The effective configuration of a schedule (null when there is none).
QJsonValue schedulerToJson(const OptionalScheduleSpec &scheduler);

} // namespace kobai::config
