#include "SchedulerConfig.h"

#include "core/Overloaded.h"

namespace kobai::config {

namespace {

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
    readFields(reader, options, fieldsOf(options));
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
    static const QStringList names = [] {
        QStringList out;
        for (const std::string &name : scheduleNames())
            out << QString::fromStdString(name);
        return out;
    }();
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
