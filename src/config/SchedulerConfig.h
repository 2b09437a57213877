#pragma once
// The "scheduler" object of an experiment file: names, keys, defaults (from the
// engine structs) and accepted ranges of every learning-rate schedule, read with
// located errors and written back as the effective configuration.
#include "FieldList.h"

#include "schedule/ScheduleSpec.h"

#include <QStringList>

namespace kobai::config {

/// PyTorch's class names, in the order of the ScheduleSpec alternatives.
const QStringList &schedulerNames();
const QStringList &plateauModeNames();
const QStringList &thresholdModeNames();

std::span<const Field<StepLROptions>> fieldsOf(const StepLROptions &);
std::span<const Field<MultiStepLROptions>> fieldsOf(const MultiStepLROptions &);
std::span<const Field<ExponentialLROptions>> fieldsOf(const ExponentialLROptions &);
std::span<const Field<CosineAnnealingLROptions>> fieldsOf(const CosineAnnealingLROptions &);
std::span<const Field<CosineAnnealingWarmRestartsOptions>> fieldsOf(const CosineAnnealingWarmRestartsOptions &);
std::span<const Field<LinearLROptions>> fieldsOf(const LinearLROptions &);
std::span<const Field<ReduceLROnPlateauOptions>> fieldsOf(const ReduceLROnPlateauOptions &);

/// The "scheduler" key of root: absent or null → no schedule.
OptionalScheduleSpec readScheduler(ObjectReader &root);

/// The effective configuration of a schedule (null when there is none).
QJsonValue schedulerToJson(const OptionalScheduleSpec &scheduler);

} // namespace kobai::config
