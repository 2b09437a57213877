#pragma once
// A file's bytes as one JSON object, or a ConfigError that says where the JSON broke.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kobai::config {

/// Parses bytes that must hold one JSON object; `what` says what the object
/// describes ("one experiment", "one lesson") in the message when it is not one.
QJsonObject parseJsonObject(const QByteArray &json, const QString &file, const QString &what);

/// Reads a whole file; a file that cannot be read is named with the reason.
QByteArray readWholeFile(const QString &path);

} // namespace kobai::config
