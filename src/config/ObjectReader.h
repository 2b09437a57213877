#pragma once
// Reads typed fields out of one JSON object, knowing where it is ("optimizer.lr")
// so that every problem is located; keys nobody asked for are errors.
#include "ConfigError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace kobai::config {

/// An accepted numeric range; the expectation text is generated from it.
struct Range {
    double min = -1e308;
    double max = 1e308;
    bool minInclusive = true;
    bool maxInclusive = true;
    bool integer = false;

    static Range any() { return {}; }
    static Range atLeast(double lo) { return {lo, 1e308, true, true, false}; }
    static Range above(double lo) { return {lo, 1e308, false, true, false}; }
    static Range integerAtLeast(double lo) { return {lo, 1e308, true, true, true}; }
    static Range integerBetween(double lo, double hi) { return {lo, hi, true, true, true}; }
    Range upTo(double hi, bool inclusive = true) const
    {
        Range r = *this;
        r.max = hi;
        r.maxInclusive = inclusive;
        return r;
    }

    bool contains(double value) const;
    QString describe() const;
};

class ObjectReader {
public:
    ObjectReader(QJsonObject object, QString path, QString file);

    bool has(const char *key) const { return object_.contains(QLatin1String(key)); }
    QString field(const char *key) const;
    const QString &file() const { return file_; }
    /// Names what this object's fields belong to in every message (e.g. "Adam").
    void setOwner(const QString &owner) { owner_ = owner; }

    void read(const char *key, double &value, const Range &range);
    void read(const char *key, long &value, const Range &range);
    void read(const char *key, int &value, const Range &range);
    void read(const char *key, bool &value, const Range &range);
    void read(const char *key, std::string &value, const Range &range);
    void read(const char *key, std::array<double, 2> &value, const Range &range);
    void read(const char *key, std::optional<long> &value, const Range &range);
    void read(const char *key, std::optional<double> &value, const Range &range);
    void read(const char *key, std::vector<int> &value, const Range &range);
    void read(const char *key, std::vector<long> &value, const Range &range);
    void read(const char *key, std::vector<double> &value, const Range &range);

    /// A string that must be one of choices (compared case-insensitively);
    /// returns the index of the match, or fallback when the key is absent.
    int choice(const char *key, const QStringList &choices, int fallback);
    /// A nested object; absent → an empty object.
    ObjectReader object(const char *key);
    /// A nested array of objects.
    std::vector<ObjectReader> objects(const char *key);
    QJsonValue raw(const char *key);

    /// Throws for the first key that no read asked for.
    void finish() const;

    [[noreturn]] void fail(const char *key, const QString &expected) const;

private:
    QJsonValue take(const char *key);
    double number(const char *key, const QJsonValue &value, const Range &range) const;

    QJsonObject object_;
    QString path_;
    QString file_;
    QString owner_;
    QSet<QString> used_;
};

/// How a JSON value is shown in an error message.
QString showValue(const QJsonValue &value);

} // namespace kobai::config
