#include "TextFields.h"

#include "PictureReferences.h"

#include <QRegularExpression>

namespace kobai::config {

namespace {

const QRegularExpression namePattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));

} // namespace

QString requiredString(ObjectReader &reader, const char *key, const QString &expected)
{
    const QJsonValue value = reader.raw(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        reader.fail(key, expected);
    return value.toString();
}

void requireFormatVersion(ObjectReader &root, int newest, const QString &what)
{
    if (!root.has("format_version"))
        root.fail("format_version", QStringLiteral("%1 (every %2 file states its format)").arg(newest).arg(what));
    int version = 0;
    root.read("format_version", version, Range::integerAtLeast(1));
    if (version > newest)
        root.fail("format_version",
                  QStringLiteral("%1 or older (the %2 was written for a newer Kōbai)").arg(newest).arg(what));
}

LocalizedText readText(ObjectReader &parent, const char *key)
{
    if (!parent.raw(key).isObject())
        parent.fail(key, QStringLiteral("an object {\"ja\": …, \"en\": …} with the text in both languages"));
    ObjectReader reader = parent.object(key);
    return readText(reader);
}

LocalizedText readText(ObjectReader &reader)
{
    LocalizedText text;
    text.ja = requiredString(reader, "ja", QStringLiteral("a non-empty string (the Japanese text)"));
    text.en = requiredString(reader, "en", QStringLiteral("a non-empty string (the English text)"));
    // The window shows these as rich text when they look like HTML: an <img> would load
    // a file from anywhere on the disk.
    for (const auto &[key, value] : {std::pair{"ja", &text.ja}, std::pair{"en", &text.en}})
        if (!pictureReferences(*value).isEmpty())
            reader.fail(key, QStringLiteral("a text without pictures (pictures belong in text.ja.md and text.en.md, "
                                            "from the lesson folder)"));
    reader.finish();
    return text;
}

QString requiredName(ObjectReader &reader, const char *key, const QString &what)
{
    const QString name = requiredString(reader, key, what);
    if (!namePattern.match(name).hasMatch())
        reader.fail(key, what);
    return name;
}

} // namespace kobai::config
