#include "SchedulerConfig.h"

#include "core/Overloaded.h"

namespace kobai::config {

namespace {

const Range positive = Range::above(0);
const Range nonNegative = Range::atLeast(0);
const Range epochCount = Range::integerAtLeast(1);

/// Milestones (MultiStepLR, SequentialLR): strictly increasing epochs ≥ 1.
void checkIncreasing(ObjectReader &reader, const std::vector<long> &milestones)
{
    for (std::size_t i = 1; i < milestones.size(); ++i)
        if (milestones[i] <= milestones[i - 1])
            reader.fail("milestones", QStringLiteral("strictly increasing epochs"));
}

/// The fields of one scheduler object; the caller finishes the reader.
ScheduleSpec readSchedulerObject(ObjectReader &reader);

ChainableScheduleSpec toChainable(ObjectReader &reader, const ScheduleSpec &spec)
{
    return std::visit(
        [&](const auto &options) -> ChainableScheduleSpec {
            if constexpr (std::is_constructible_v<ChainableScheduleSpec, decltype(options)>)
                return options;
            else
                reader.fail("name", QStringLiteral("a scheduler SequentialLR can chain (not SequentialLR or "
                                                   "ReduceLROnPlateau)"));
        },
        spec);
}

void readSequential(ObjectReader &reader, SequentialLROptions &options)
{
    if (!reader.has("schedulers"))
        reader.fail("schedulers", QStringLiteral("an array of scheduler objects (required)"));
    for (ObjectReader &inner : reader.objects("schedulers")) {
        options.schedulers.push_back(toChainable(inner, readSchedulerObject(inner)));
        inner.finish();
    }
    if (options.schedulers.empty())
        reader.fail("schedulers", QStringLiteral("at least one scheduler"));
    const Field<SequentialLROptions> milestones{"milestones", &SequentialLROptions::milestones, epochCount, true};
    readFields(reader, options, std::span(&milestones, 1));
    checkIncreasing(reader, options.milestones);
    if (options.milestones.size() + 1 != options.schedulers.size())
        reader.fail("milestones", QStringLiteral("%1 milestones, one fewer than the schedulers")
                                      .arg(options.schedulers.size() - 1));
}

ScheduleSpec readSchedulerObject(ObjectReader &reader)
{
    if (!reader.has("name"))
        reader.fail("name", QStringLiteral("one of ") + schedulerNames().join(QStringLiteral(", ")));
    const int index = reader.choice("name", schedulerNames(), 0);
    auto spec = variantAlternative<ScheduleSpec>(static_cast<std::size_t>(index));
    reader.setOwner(schedulerNames()[index]);
    std::visit(Overloaded{
                   [&](SequentialLROptions &options) { readSequential(reader, options); },
                   [&](ReduceLROnPlateauOptions &options) {
                       options.mode = static_cast<PlateauMode>(reader.choice("mode", plateauModeNames(), 0));
                       options.threshold_mode =
                           static_cast<ThresholdMode>(reader.choice("threshold_mode", thresholdModeNames(), 0));
                       readFields(reader, options, fieldsOf(options));
                   },
                   [&](auto &options) { readFields(reader, options, fieldsOf(options)); },
               },
               spec);
    if (const auto *multiStep = std::get_if<MultiStepLROptions>(&spec))
        checkIncreasing(reader, multiStep->milestones);
    return spec;
}

template <class Options>
QJsonObject optionsToJson(const Options &options)
{
    QJsonObject out;
    writeFields(out, options, fieldsOf(options));
    return out;
}

QJsonObject scheduleToJson(const ScheduleSpec &spec)
{
    QJsonObject out = std::visit(
        Overloaded{
            [](const SequentialLROptions &options) {
                QJsonArray schedulers;
                for (const ChainableScheduleSpec &inner : options.schedulers)
                    schedulers.append(scheduleToJson(toScheduleSpec(inner)));
                return QJsonObject{{"schedulers", schedulers}, {"milestones", toJsonValue(options.milestones)}};
            },
            [](const ReduceLROnPlateauOptions &options) {
                QJsonObject plateau = optionsToJson(options);
                plateau.insert("mode", plateauModeNames()[static_cast<int>(options.mode)]);
                plateau.insert("threshold_mode", thresholdModeNames()[static_cast<int>(options.threshold_mode)]);
                return plateau;
            },
            [](const auto &options) { return optionsToJson(options); },
        },
        spec);
    out.insert("name", schedulerNames()[static_cast<qsizetype>(spec.index())]);
    return out;
}

} // namespace

const QStringList &schedulerNames()
{
    static const QStringList names{"StepLR",
                                   "MultiStepLR",
                                   "ExponentialLR",
                                   "CosineAnnealingLR",
                                   "CosineAnnealingWarmRestarts",
                                   "LinearLR",
                                   "SequentialLR",
                                   "ReduceLROnPlateau"};
    return names;
}

const QStringList &plateauModeNames()
{
    static const QStringList names{"min", "max"};
    return names;
}

const QStringList &thresholdModeNames()
{
    static const QStringList names{"rel", "abs"};
    return names;
}

std::span<const Field<StepLROptions>> fieldsOf(const StepLROptions &)
{
    static const Field<StepLROptions> fields[] = {
        {"step_size", &StepLROptions::step_size, epochCount, true},
        {"gamma", &StepLROptions::gamma, positive},
    };
    return fields;
}

std::span<const Field<MultiStepLROptions>> fieldsOf(const MultiStepLROptions &)
{
    static const Field<MultiStepLROptions> fields[] = {
        {"milestones", &MultiStepLROptions::milestones, epochCount, true},
        {"gamma", &MultiStepLROptions::gamma, positive},
    };
    return fields;
}

std::span<const Field<ExponentialLROptions>> fieldsOf(const ExponentialLROptions &)
{
    static const Field<ExponentialLROptions> fields[] = {
        {"gamma", &ExponentialLROptions::gamma, positive, true},
    };
    return fields;
}

std::span<const Field<CosineAnnealingLROptions>> fieldsOf(const CosineAnnealingLROptions &)
{
    static const Field<CosineAnnealingLROptions> fields[] = {
        {"T_max", &CosineAnnealingLROptions::T_max, epochCount, true},
        {"eta_min", &CosineAnnealingLROptions::eta_min, nonNegative},
    };
    return fields;
}

std::span<const Field<CosineAnnealingWarmRestartsOptions>> fieldsOf(const CosineAnnealingWarmRestartsOptions &)
{
    static const Field<CosineAnnealingWarmRestartsOptions> fields[] = {
        {"T_0", &CosineAnnealingWarmRestartsOptions::T_0, epochCount, true},
        {"T_mult", &CosineAnnealingWarmRestartsOptions::T_mult, Range::integerBetween(1, 1000)},
        {"eta_min", &CosineAnnealingWarmRestartsOptions::eta_min, nonNegative},
    };
    return fields;
}

std::span<const Field<LinearLROptions>> fieldsOf(const LinearLROptions &)
{
    static const Field<LinearLROptions> fields[] = {
        {"start_factor", &LinearLROptions::start_factor, Range::above(0).upTo(1)},
        {"end_factor", &LinearLROptions::end_factor, Range::atLeast(0).upTo(1)},
        {"total_iters", &LinearLROptions::total_iters, epochCount},
    };
    return fields;
}

std::span<const Field<ReduceLROnPlateauOptions>> fieldsOf(const ReduceLROnPlateauOptions &)
{
    static const Field<ReduceLROnPlateauOptions> fields[] = {
        {"factor", &ReduceLROnPlateauOptions::factor, Range::above(0).upTo(1, false)},
        {"patience", &ReduceLROnPlateauOptions::patience, Range::integerAtLeast(0)},
        {"threshold", &ReduceLROnPlateauOptions::threshold, nonNegative},
        {"cooldown", &ReduceLROnPlateauOptions::cooldown, Range::integerAtLeast(0)},
        {"min_lr", &ReduceLROnPlateauOptions::min_lr, nonNegative},
        {"eps", &ReduceLROnPlateauOptions::eps, nonNegative},
    };
    return fields;
}

OptionalScheduleSpec readScheduler(ObjectReader &root)
{
    if (!root.has("scheduler") || root.raw("scheduler").isNull())
        return std::nullopt;
    ObjectReader reader = root.object("scheduler");
    ScheduleSpec spec = readSchedulerObject(reader);
    reader.finish();
    return spec;
}

QJsonValue schedulerToJson(const OptionalScheduleSpec &scheduler)
{
    return scheduler ? QJsonValue(scheduleToJson(*scheduler)) : QJsonValue(QJsonValue::Null);
}

} // namespace kobai::config
