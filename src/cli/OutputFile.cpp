#include "OutputFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <stdexcept>

namespace kobai::cli {

FileHandle openOutput(const QString &path)
{
    if (path.isEmpty())
        return FileHandle(stdout);
    std::FILE *file = std::fopen(QFile::encodeName(path).constData(), "w");
    if (!file)
        throw std::runtime_error(path.toStdString() + ": cannot be written");
    return FileHandle(file);
}

void writeSummary(const QString &path, const QJsonObject &summary)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(summary).toJson()) < 0 || !file.commit())
        throw std::runtime_error(path.toStdString() + ": cannot be written: " + file.errorString().toStdString());
}

} // namespace kobai::cli
