#pragma once
// The pieces every generated PyTorch script is made of (PyTorchScript.cpp's trajectories
// and schedules, PyTorchScriptTraining.cpp's training runs, one process or DDP): values as
// Python source, option structs as keyword arguments, optimizer and scheduler
// constructors, and the preludes shipped as resources (src/config/pytorch/).
#include "PythonLiteral.h"
#include "SchedulerConfig.h"
#include "SpecFields.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kobai::config::script {

QString py(double value);
QString py(long value);
QString py(int value);
QString py(bool value);
QString py(const QString &value);
QString py(const std::string &value);
QString py(const std::array<double, 2> &value);
QString py(const std::optional<long> &value);
QString py(const std::optional<double> &value);
QString py(const std::vector<long> &values);

/// key=value, … for every field of an options struct, in the file format's names.
template <class O>
QString keywordArguments(const O &options)
{
    QStringList arguments;
    for (const Field<O> &f : fieldsOf(options))
        std::visit([&](auto member) { arguments << QStringLiteral("%1=%2").arg(f.key, py(options.*member)); },
                   f.member);
    return arguments.join(QStringLiteral(", "));
}

/// The optimizer's constructor over params (a Python expression).
QString optimizerCall(const OptimizerSpec &optimizer, const QString &params);

/// The scheduler's constructor on `optimizer`, or None.
QString schedulerCall(const OptionalScheduleSpec &scheduler);

/// A script part shipped as a resource (src/config/pytorch/).
QString resource(const QString &name);

} // namespace kobai::config::script
