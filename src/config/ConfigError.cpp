#include "ConfigError.h"

namespace kobai::config {

QString shortenedForMessage(const QString &text)
{
    constexpr qsizetype kept = 80;
    if (text.size() <= kept)
        return text;
    qsizetype cut = kept;
    if (text[cut - 1].isHighSurrogate()) // never split a character in two
        --cut;
    return text.left(cut) + QStringLiteral("… (%1 characters)").arg(text.size());
}

ConfigError::ConfigError(const QString &file, const QString &field, const QString &value, const QString &expected,
                         const QString &owner)
    : std::runtime_error(QStringLiteral("%1: field \"%2\"%3: value %4; expected %5")
                             .arg(file, shortenedForMessage(field),
                                  owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(owner),
                                  shortenedForMessage(value), expected)
                             .toStdString()),
      expectation_(owner.isEmpty() ? expected : owner + QStringLiteral(": ") + expected)
{
}

ConfigError::ConfigError(const QString &file, const QString &problem)
    : std::runtime_error(QStringLiteral("%1: %2").arg(file, problem).toStdString()), expectation_(text())
{
}

ConfigError::ConfigError(const QStringList &problems)
    : std::runtime_error(problems.join(QLatin1Char('\n')).toStdString()), expectation_(text())
{
}

} // namespace kobai::config
