#include "JsonFile.h"

#include "ConfigError.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace kobai::config {

QJsonObject parseJsonObject(const QByteArray &json, const QString &file, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(error.offset);
        const auto line = before.count('\n') + 1;
        const auto column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        throw ConfigError(file, QStringLiteral("not valid JSON at line %1, column %2: %3")
                                    .arg(line)
                                    .arg(column)
                                    .arg(error.errorString()));
    }
    if (!document.isObject())
        throw ConfigError(file, QStringLiteral("(document)"), QStringLiteral("not an object"),
                          QStringLiteral("a JSON object {…} describing ") + what);
    return document.object();
}

QByteArray readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ConfigError(path, QStringLiteral("cannot be read: ") + file.errorString());
    return file.readAll();
}

} // namespace kobai::config
