#include "PyTorchScriptParts.h"

#include "core/Overloaded.h"

#include <QFile>

namespace kobai::config::script {

QString py(double value) { return pythonNumber(value); }
QString py(long value) { return QString::number(value); }
QString py(int value) { return QString::number(value); }
QString py(bool value) { return value ? QStringLiteral("True") : QStringLiteral("False"); }
QString py(const QString &value) { return pythonString(value); }
QString py(const std::string &value) { return pythonString(QString::fromStdString(value)); }
QString py(const std::array<double, 2> &value) { return QStringLiteral("(%1, %2)").arg(py(value[0]), py(value[1])); }
QString py(const std::optional<long> &value) { return value ? py(*value) : QStringLiteral("None"); }
QString py(const std::optional<double> &value) { return value ? py(*value) : QStringLiteral("None"); }
QString py(const std::vector<long> &values)
{
    QStringList items;
    for (long value : values)
        items << py(value);
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString optimizerCall(const OptimizerSpec &optimizer, const QString &params)
{
    const RuleEntry &rule = ruleOf(optimizer);
    // pytorch/textbook_optimizers.py defines a Textbook<Name> class for each textbook rule.
    const QString constructor =
        (rule.variant == RuleVariant::PyTorch ? QStringLiteral("torch.optim.") : QStringLiteral("Textbook")) +
        QString::fromStdString(rule.name);
    const QString arguments = std::visit([](const auto &o) { return keywordArguments(o); }, optimizer);
    return QStringLiteral("%1(%2, %3)").arg(constructor, params, arguments);
}

QString schedulerCall(const OptionalScheduleSpec &scheduler)
{
    if (!scheduler)
        return QStringLiteral("None");
    const QString arguments = std::visit(
        Overloaded{
            [](const SequentialLROptions &o) {
                QStringList inner;
                for (const ChainableScheduleSpec &chained : o.schedulers)
                    inner << schedulerCall(toScheduleSpec(chained));
                return QStringLiteral("schedulers=[%1], milestones=%2")
                    .arg(inner.join(QStringLiteral(", ")), py(o.milestones));
            },
            [](const ReduceLROnPlateauOptions &o) {
                return QStringLiteral("mode=%1, threshold_mode=%2, %3")
                    .arg(py(plateauModeNames()[static_cast<int>(o.mode)]),
                         py(thresholdModeNames()[static_cast<int>(o.threshold_mode)]), keywordArguments(o));
            },
            [](const auto &o) { return keywordArguments(o); },
        },
        *scheduler);
    return QStringLiteral("torch.optim.lr_scheduler.%1(optimizer, %2)")
        .arg(schedulerNames()[static_cast<qsizetype>(scheduler->index())], arguments);
}

QString resource(const QString &name)
{
    QFile file(QStringLiteral(":/kobai/pytorch/") + name);
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

} // namespace kobai::config::script
