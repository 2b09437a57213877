#include "JsonFile.h"

#include "ConfigError.h"
#include "ObjectReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>

namespace kobai::config {

namespace {

bool isNumberCharacter(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-'; }

/// What a hand-written file says where JSON wants a number and the parser gave up
/// (NaN, Infinity, 1e999): the token and the key it was written for, so the message
/// names the field and the value like every other one.
QString illegalNumber(const QByteArray &json, qsizetype offset)
{
    qsizetype begin = std::min(offset, json.size());
    while (begin > 0 && isNumberCharacter(json[begin - 1]))
        --begin;
    qsizetype end = begin;
    while (end < json.size() && isNumberCharacter(json[end]))
        ++end;
    static const QRegularExpression lastKey(QStringLiteral(R"re("([^"\\]*)"\s*:[^:{}"]*$)re"));
    const QRegularExpressionMatch key = lastKey.match(QString::fromUtf8(json.left(begin)));
    return QStringLiteral(": field \"%1\": value %2; expected a finite number (JSON has no NaN or Infinity, and a "
                          "double ends near 1.8e308)")
        .arg(shortenedForMessage(key.hasMatch() ? key.captured(1) : QStringLiteral("(unknown)")),
             shortenedForMessage(QString::fromUtf8(json.mid(begin, end - begin))));
}

} // namespace

QJsonObject parseJsonObject(const QByteArray &json, const QString &file, const QString &what)
{
    const auto notAnObject = [&](const QJsonValue &value) {
        return ConfigError(file, QStringLiteral("(document)"), showValue(value),
                           QStringLiteral("a JSON object {…} describing %1 (the file is valid JSON, but not an object)")
                               .arg(what));
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonDocument takes only an object or an array; a bare null, number or string
        // is valid JSON all the same, and the message should say so.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + json + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1)
            throw notAnObject(wrapped.array().first());
        const QByteArray before = json.left(error.offset);
        const auto line = before.count('\n') + 1;
        const auto column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        throw ConfigError(file, QStringLiteral("not valid JSON at line %1, column %2: %3")
                                    .arg(line)
                                    .arg(column)
                                    .arg(error.errorString())
                                    .append(error.error == QJsonParseError::IllegalNumber
                                                ? illegalNumber(json, error.offset)
                                                : QString()));
    }
    if (!document.isObject())
        throw notAnObject(document.array());
    return document.object();
}

QByteArray readWholeFile(const QString &path)
{
    const QFileInfo info(path);
    const auto tooBig = [&](const QString &size) {
        return ConfigError(path, QStringLiteral("%1 bytes; expected a file of at most %2 bytes (4 MB)").arg(size).arg(maxFileBytes));
    };
    // QFileInfo follows symbolic links: a link to /dev/zero is a device here.
    if (info.exists() && !info.isFile())
        throw ConfigError(path, QStringLiteral("not a regular file (%1); expected a text file")
                                    .arg(info.isDir() ? QStringLiteral("a folder")
                                                      : QStringLiteral("a device, FIFO or socket")));
    if (info.size() > maxFileBytes)
        throw tooBig(QString::number(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ConfigError(path, QStringLiteral("cannot be read: ") + file.errorString());
    // In pieces, counting: a file that grew since the check (or a /proc file, which
    // says it is empty) still stops at the limit.
    QByteArray bytes;
    bytes.reserve(info.size());
    char piece[64 * 1024];
    for (qint64 n; (n = file.read(piece, sizeof piece)) != 0;) {
        if (n < 0)
            throw ConfigError(path, QStringLiteral("read error: ") + file.errorString());
        bytes.append(piece, n);
        if (bytes.size() > maxFileBytes)
            throw tooBig(QStringLiteral("more than %1").arg(maxFileBytes));
    }
    return bytes;
}

} // namespace kobai::config
