#pragma once
// Values from an experiment as Python source: the only way a string or a number of a
// file reaches a generated script, so that no file can write code into it.
#include <QString>

namespace kobai::config {

/// A double-quoted Python string literal holding exactly text: quotes, backslashes and
/// every character outside printable ASCII escaped (\n, \xHH, \uXXXX, \UXXXXXXXX), so
/// the literal is one line of ASCII whatever the text holds; % too (\x25).
QString pythonString(const QString &text);

/// A Python expression for value: the shortest decimal that reads back as the same
/// double (-0.0 keeps its sign), or float("inf"), -float("inf"), float("nan") for the
/// values Python has no literal for.
QString pythonNumber(double value);

} // namespace kobai::config
