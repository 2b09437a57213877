#pragma once
// A file's bytes as one JSON object, or a ConfigError that says where the JSON broke.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kobai::config {

/// Parses bytes that must hold one JSON object; `what` says what the object
/// describes ("one experiment", "one lesson") in the message when it is not one.
QJsonObject parseJsonObject(const QByteArray &json, const QString &file, const QString &what);

/// The largest file Kōbai reads whole (experiments, lessons, lesson texts, glossaries):
/// 4 MB, far above any real one, so a huge file is refused before it is read.
constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

/// Reads a whole regular file of at most maxFileBytes; a directory, device, FIFO or
/// socket is refused without being opened (a FIFO would block), and a file that cannot
/// be read is named with the reason.
QByteArray readWholeFile(const QString &path);

} // namespace kobai::config
