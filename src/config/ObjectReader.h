#pragma once
// Reads typed fields out of one JSON object, knowing where it is ("optimizer.lr")
// so that every problem is located; keys nobody asked for are errors.
#include "ConfigError.h"

#include "core/OptionField.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace kobai::config {

/// An accepted numeric range (the engine's, so its rules can state theirs).
using Range = ValueRange;

/// The expectation a range words: "a number > 0 and ≤ 1000".
QString describe(const Range &range);

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
