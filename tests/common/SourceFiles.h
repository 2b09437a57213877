#pragma once
// The app's and engine's own sources, as the tests that read them as text see them:
// every .h, .cpp, .qml and .js under src/ and qml/, by path from the repository's top.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>

namespace {

struct SourceFile {
    QString path; ///< from the repository's top
    bool read = false;
    QByteArray text;
};

inline QList<SourceFile> sourceFiles()
{
    const QDir root(QStringLiteral(KOBAI_SOURCE_DIR));
    QList<SourceFile> files;
    for (const QString &folder : {QStringLiteral("src"), QStringLiteral("qml")}) {
        QDirIterator it(root.filePath(folder), {"*.h", "*.cpp", "*.qml", "*.js"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            const QString path = root.relativeFilePath(file.fileName());
            const bool read = file.open(QIODevice::ReadOnly);
            files.append({path, read, read ? file.readAll() : QByteArray()});
        }
    }
    return files;
}

} // namespace
