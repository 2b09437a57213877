#include "ConfigError.h"

namespace kobai::config {

ConfigError::ConfigError(const QString &file, const QString &field, const QString &value, const QString &expected,
                         const QString &owner)
    : std::runtime_error(QStringLiteral("%1: field \"%2\"%3: value %4; expected %5")
                             .arg(file, field, owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(owner), value,
                                  expected)
                             .toStdString()),
      expectation_(owner.isEmpty() ? expected : owner + QStringLiteral(": ") + expected)
{
}

ConfigError::ConfigError(const QString &file, const QString &problem)
    : std::runtime_error(QStringLiteral("%1: %2").arg(file, problem).toStdString()), expectation_(text())
{
}

} // namespace kobai::config
