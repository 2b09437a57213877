#pragma once
// The order in which a JSON text writes an object's keys. QJsonObject keeps its keys
// sorted, but a search's CSV has one column per space key in the order the file lists
// them (and a grid's loops nest in that order), so that order is read from the text.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kobai::config {

/// The keys of the object that is the value of `member` in the top-level object of json,
/// in the text's order (a repeated key where it first appears); empty when json is not
/// valid JSON or has no such object.
QStringList keysInFileOrder(const QByteArray &json, const QString &member);

} // namespace kobai::config
