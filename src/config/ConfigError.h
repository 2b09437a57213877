#pragma once
// A located problem in an experiment or lesson file: one line naming the file,
// the field, the value found and what was expected.
#include <QString>

#include <stdexcept>

namespace kobai::config {

class ConfigError : public std::runtime_error {
public:
    /// owner, when given, names what the field belongs to (e.g. the optimizer "Adam").
    ConfigError(const QString &file, const QString &field, const QString &value, const QString &expected,
                const QString &owner = {});
    /// A problem with the file as a whole (unreadable, not JSON).
    ConfigError(const QString &file, const QString &problem);

    QString text() const { return QString::fromStdString(what()); }
    /// What was expected, with its owner when there is one ("SGD: a number > 0"); for a
    /// whole-file problem, the whole text.
    QString expectation() const { return expectation_; }

private:
    QString expectation_;
};

} // namespace kobai::config
