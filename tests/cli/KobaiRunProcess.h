#pragma once
// Runs kobai-run as a user would and collects what it said; shared by the CLI tests.
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

inline Result run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(KOBAI_RUN), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

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

} // namespace
