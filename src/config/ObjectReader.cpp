#include "ObjectReader.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kobai::config {

namespace {

/// The shortest text that reads back as the same double (what the file most likely said).
QString number(double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); }

/// Integers beyond 2⁵³ cannot be told apart as JSON numbers (doubles).
constexpr double largestExactInteger = 9007199254740992.0;

} // namespace

QString describe(const Range &range)
{
    QString text = range.integer ? QStringLiteral("an integer") : QStringLiteral("a number");
    const auto bound = [&](double v) { return range.integer ? QString::number(static_cast<qint64>(v)) : number(v); };
    QStringList bounds;
    if (range.min > -1e308)
        bounds << QStringLiteral("%1 %2").arg(range.minInclusive ? u"≥" : u">", bound(range.min));
    if (range.max < 1e308)
        bounds << QStringLiteral("%1 %2").arg(range.maxInclusive ? u"≤" : u"<", bound(range.max));
    if (!bounds.isEmpty())
        text += QLatin1Char(' ') + bounds.join(QStringLiteral(" and "));
    return text;
}

QString showValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("(missing)");
}

ObjectReader::ObjectReader(QJsonObject object, QString path, QString file)
    : object_(std::move(object)), path_(std::move(path)), file_(std::move(file))
{
}

QString ObjectReader::field(const char *key) const
{
    return path_.isEmpty() ? QString::fromUtf8(key) : path_ + QLatin1Char('.') + QString::fromUtf8(key);
}

QJsonValue ObjectReader::take(const char *key)
{
    const QString name = QString::fromUtf8(key);
    used_.insert(name);
    return object_.value(name);
}

void ObjectReader::fail(const char *key, const QString &expected) const
{
    throw ConfigError(file_, field(key), showValue(object_.value(QString::fromUtf8(key))), expected, owner_);
}

double ObjectReader::number(const char *key, const QJsonValue &value, const Range &range) const
{
    if (!value.isDouble() || !range.contains(value.toDouble()))
        fail(key, describe(range));
    return value.toDouble();
}

void ObjectReader::read(const char *key, double &value, const Range &range)
{
    const QJsonValue v = take(key);
    if (!v.isUndefined())
        value = number(key, v, range);
}

void ObjectReader::read(const char *key, long &value, const Range &range)
{
    Range r = range;
    r.integer = true;
    r.max = std::min(r.max, largestExactInteger);
    const QJsonValue v = take(key);
    if (!v.isUndefined())
        value = static_cast<long>(number(key, v, r));
}

void ObjectReader::read(const char *key, int &value, const Range &range)
{
    long wide = value;
    read(key, wide, range.upTo(std::min(range.max, double{std::numeric_limits<int>::max()})));
    value = static_cast<int>(wide);
}

void ObjectReader::read(const char *key, bool &value, const Range &)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return;
    if (!v.isBool())
        fail(key, QStringLiteral("true or false"));
    value = v.toBool();
}

void ObjectReader::read(const char *key, std::string &value, const Range &)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return;
    if (!v.isString() || v.toString().isEmpty())
        fail(key, QStringLiteral("a non-empty string"));
    value = v.toString().toStdString();
}

void ObjectReader::read(const char *key, std::array<double, 2> &value, const Range &range)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return;
    const QJsonArray array = v.toArray();
    const QString expected = QStringLiteral("an array of 2 numbers, each ") + describe(range);
    if (!v.isArray() || array.size() != 2)
        fail(key, expected);
    for (int i = 0; i < 2; ++i) {
        if (!array[i].isDouble() || !range.contains(array[i].toDouble()))
            throw ConfigError(file_, QStringLiteral("%1[%2]").arg(field(key)).arg(i), showValue(array[i]),
                              describe(range), owner_);
        value[static_cast<std::size_t>(i)] = array[i].toDouble();
    }
}

void ObjectReader::read(const char *key, std::optional<long> &value, const Range &range)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return;
    Range r = range;
    r.integer = true;
    r.max = std::min(r.max, largestExactInteger);
    value = static_cast<long>(number(key, v, r));
}

void ObjectReader::read(const char *key, std::optional<double> &value, const Range &range)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull()) {
        if (v.isNull())
            value.reset();
        return;
    }
    if (!v.isDouble() || !range.contains(v.toDouble()))
        fail(key, QStringLiteral("null or ") + describe(range));
    value = v.toDouble();
}

void ObjectReader::read(const char *key, std::vector<long> &value, const Range &range)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return;
    Range r = range;
    r.integer = true;
    r.max = std::min(r.max, largestExactInteger);
    if (!v.isArray())
        fail(key, QStringLiteral("an array of integers, each ") + describe(r));
    value.clear();
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isDouble() || !r.contains(array[i].toDouble()))
            throw ConfigError(file_, QStringLiteral("%1[%2]").arg(field(key)).arg(i), showValue(array[i]),
                              describe(r), owner_);
        value.push_back(static_cast<long>(array[i].toDouble()));
    }
}

void ObjectReader::read(const char *key, std::vector<double> &value, const Range &range)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return;
    if (!v.isArray())
        fail(key, QStringLiteral("an array of numbers, each ") + describe(range));
    value.clear();
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isDouble() || !range.contains(array[i].toDouble()))
            throw ConfigError(file_, QStringLiteral("%1[%2]").arg(field(key)).arg(i), showValue(array[i]),
                              describe(range), owner_);
        value.push_back(array[i].toDouble());
    }
}

void ObjectReader::read(const char *key, std::vector<int> &value, const Range &range)
{
    std::vector<long> wide(value.begin(), value.end());
    read(key, wide, range.upTo(std::min(range.max, double{std::numeric_limits<int>::max()})));
    value.assign(wide.begin(), wide.end());
}

int ObjectReader::choice(const char *key, const QStringList &choices, int fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return fallback;
    for (qsizetype i = 0; i < choices.size(); ++i)
        if (v.isString() && v.toString().compare(choices[i], Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    fail(key, QStringLiteral("one of ") + choices.join(QStringLiteral(", ")));
}

ObjectReader ObjectReader::object(const char *key)
{
    const QJsonValue v = take(key);
    if (!v.isUndefined() && !v.isObject())
        fail(key, QStringLiteral("an object {…}"));
    return ObjectReader(v.toObject(), field(key), file_);
}

std::vector<ObjectReader> ObjectReader::objects(const char *key)
{
    const QJsonValue v = take(key);
    if (!v.isArray())
        fail(key, QStringLiteral("an array of objects"));
    std::vector<ObjectReader> readers;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(field(key)).arg(i);
        if (!array[i].isObject())
            throw ConfigError(file_, path, showValue(array[i]), QStringLiteral("an object {…}"));
        readers.emplace_back(array[i].toObject(), path, file_);
    }
    return readers;
}

QJsonValue ObjectReader::raw(const char *key) { return take(key); }

void ObjectReader::finish() const
{
    for (auto it = object_.begin(); it != object_.end(); ++it)
        if (!used_.contains(it.key()))
            throw ConfigError(file_, path_.isEmpty() ? it.key() : path_ + QLatin1Char('.') + it.key(),
                              showValue(it.value()), QStringLiteral("no such key here (unknown key)"), owner_);
}

} // namespace kobai::config
