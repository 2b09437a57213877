#pragma once
// A located problem in an experiment or lesson file: one line naming the file,
// the field, the value found and what was expected.
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace kobai::config {

/// Text from a file (a value, a key) as a message shows it: cut after about 80 characters,
/// with "…" and the full length, so that a 100 MB string does not fill the terminal.
QString shortenedForMessage(const QString &text);

class ConfigError : public std::runtime_error {
public:
    /// owner, when given, names what the field belongs to (e.g. the optimizer "Adam").
    ConfigError(const QString &file, const QString &field, const QString &value, const QString &expected,
                const QString &owner = {});
    /// A problem with the file as a whole (unreadable, not JSON).
    ConfigError(const QString &file, const QString &problem);
    /// Several located problems (of one lesson folder), one line each.
    explicit ConfigError(const QStringList &problems);

    QString text() const { return QString::fromStdString(what()); }
    /// What was expected, with its owner when there is one ("SGD: a number > 0"); for a
    /// whole-file problem, the whole text.
    QString expectation() const { return expectation_; }

private:
    QString expectation_;
};

} // namespace kobai::config
