#include "JsonFile.h"

#include "ConfigError.h"

#include <QFile>
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
        .arg(key.hasMatch() ? key.captured(1) : QStringLiteral("(unknown)"), QString::fromUtf8(json.mid(begin, end - begin)));
}

} // namespace

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
                                    .arg(error.errorString())
                                    .append(error.error == QJsonParseError::IllegalNumber
                                                ? illegalNumber(json, error.offset)
                                                : QString()));
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
