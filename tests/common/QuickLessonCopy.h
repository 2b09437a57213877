#pragma once
// A good lesson to make hostile ones from: the tests' quick lesson
// (tests/qml/data/lessons/01-quick) copied under another id. Shared by the tests of
// hostile lesson folders through kobai-run and through the app's lesson library.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
}

/// dir/folder holding the quick lesson with the given id; returns the folder.
inline QString copyQuickLesson(const QTemporaryDir &dir, const QString &folder, const QString &id)
{
    const QString source = QStringLiteral(KOBAI_SOURCE_DIR "/tests/qml/data/lessons/01-quick/");
    const QString target = dir.filePath(folder);
    QDir().mkpath(target);
    for (const char *name : {"text.ja.md", "text.en.md"})
        QFile::copy(source + QLatin1String(name), target + QLatin1Char('/') + QLatin1String(name));
    QFile in(source + QStringLiteral("lesson.json"));
    in.open(QIODevice::ReadOnly);
    writeBytes(target + QStringLiteral("/lesson.json"), in.readAll().replace("\"id\": \"quick\"", "\"id\": \"" + id.toUtf8() + '"'));
    return target;
}

} // namespace
