#pragma once
// kobai-run's command line, parsed and checked without running anything (so a fuzzer
// can call it): which command, its files, and every option's value checked with a
// message naming the option, the value and what was expected.
#include "ExperimentCommand.h"
#include "LessonCommand.h"

#include <QCommandLineParser>
#include <QString>

#include <stdexcept>

namespace kobai::cli {

/// A command line kobai-run refuses (exit 2); the text names the option and the value.
class OptionError : public std::runtime_error {
public:
    explicit OptionError(const QString &text) : std::runtime_error(text.toStdString()) {}
};

enum class Command { Help, Version, CheckLessons, QuestionStats, RunLesson, RunExperiment, PrintPytorch, PrintPytorchDdp };

/// What a command line asks for; only the fields of its command are filled.
struct Request {
    Command command = Command::RunExperiment;
    QString experimentFile;
    RunOutputs outputs;
    LessonRun lesson;
    QString lessonsToCheck; ///< --check-lessons and --question-stats: the folder of lessons
};

class CommandLine {
public:
    CommandLine();

    /// arguments[0] is the program. Throws OptionError.
    Request parse(const QStringList &arguments);
    QString helpText() const { return parser_.helpText(); }

private:
    QCommandLineParser parser_;
};

/// The path a file is (or would be) at, through symlinks and "./": the file's own
/// canonical path when it exists, else its folder's joined with its name.
QString canonicalPath(const QString &path);

} // namespace kobai::cli
