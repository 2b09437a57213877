#include "JsonKeyOrder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace kobai::config {

namespace {

/// Walks valid JSON text just far enough to see keys: strings, nesting, and the rest
/// skipped byte by byte (numbers, true, false, null have no quotes or brackets).
class KeyScanner {
public:
    explicit KeyScanner(const QByteArray &json) : json_(json) {}

    QStringList keysOf(const QString &member)
    {
        skipSpace();
        if (!take('{'))
            return {};
        while (true) {
            skipSpace();
            const std::optional<QString> key = string();
            if (!key)
                return {};
            skipSpace();
            if (!take(':'))
                return {};
            skipSpace();
            if (*key == member && peek() == '{')
                return directKeys();
            if (!skipValue())
                return {};
            skipSpace();
            if (!take(','))
                return {};
        }
    }

private:
    QStringList directKeys()
    {
        QStringList keys;
        take('{');
        skipSpace();
        if (take('}'))
            return keys;
        while (true) {
            skipSpace();
            const std::optional<QString> key = string();
            if (!key)
                return {};
            if (!keys.contains(*key))
                keys.append(*key);
            skipSpace();
            if (!take(':'))
                return {};
            skipSpace();
            if (!skipValue())
                return {};
            skipSpace();
            if (take('}'))
                return keys;
            if (!take(','))
                return {};
        }
    }

    /// A string token, its escapes decoded by Qt's own parser.
    std::optional<QString> string()
    {
        const qsizetype start = at_;
        if (!take('"'))
            return std::nullopt;
        while (at_ < json_.size() && json_[at_] != '"')
            at_ += json_[at_] == '\\' ? 2 : 1;
        if (!take('"'))
            return std::nullopt;
        const QJsonDocument token = QJsonDocument::fromJson('[' + json_.mid(start, at_ - start) + ']');
        return token.array().at(0).toString();
    }

    /// Moves past one value (of any kind) to the ',', '}' or ']' after it.
    bool skipValue()
    {
        int depth = 0;
        while (at_ < json_.size()) {
            const char c = json_[at_];
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            if ((c == ',' || c == '}' || c == ']') && depth == 0)
                return true;
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            ++at_;
        }
        return false;
    }

    void skipSpace()
    {
        while (at_ < json_.size() && QByteArrayView(" \t\r\n").contains(json_[at_]))
            ++at_;
    }
    char peek() const { return at_ < json_.size() ? json_[at_] : '\0'; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++at_;
        return true;
    }

    const QByteArray &json_;
    qsizetype at_ = 0;
};

} // namespace

QStringList keysInFileOrder(const QByteArray &json, const QString &member)
{
    return KeyScanner(json).keysOf(member);
}

} // namespace kobai::config
