#pragma once
// Runs kobai-run (or python) as a user would and collects what it said; shared by the
// tests that drive the command line.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs program with arguments, writing input to its stdin; waits up to two minutes.
/// Relative paths in the arguments resolve against workingDirectory when one is given.
inline Result runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                         const QString &workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

#ifdef KOBAI_RUN
inline Result run(const QStringList &arguments) { return runProgram(QStringLiteral(KOBAI_RUN), arguments); }
#endif

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text);
    return path;
}

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The rows of a CSV without its header.
inline QList<QByteArray> dataRows(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.trimmed().split('\n');
    lines.removeFirst();
    return lines;
}

/// One column of a CSV as its cells.
inline QList<QByteArray> cells(const QString &path, const QByteArray &name)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    const qsizetype index = lines.first().split(',').indexOf(name);
    QList<QByteArray> values;
    for (qsizetype i = 1; i < lines.size(); ++i)
        values << lines[i].split(',')[index];
    return values;
}

/// One column of a CSV as numbers.
inline QList<double> column(const QString &path, const QByteArray &name)
{
    QList<double> values;
    for (const QByteArray &cell : cells(path, name))
        values << cell.toDouble();
    return values;
}

} // namespace
