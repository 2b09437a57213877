#include "ConfigError.h"

namespace kobai::config {

ConfigError::ConfigError(const QString &file, const QString &field, const QString &value, const QString &expected)
    : std::runtime_error(QStringLiteral("%1: field \"%2\": value %3; expected %4")
                             .arg(file, field, value, expected)
                             .toStdString())
{
}

ConfigError::ConfigError(const QString &file, const QString &problem)
    : std::runtime_error(QStringLiteral("%1: %2").arg(file, problem).toStdString())
{
}

} // namespace kobai::config
