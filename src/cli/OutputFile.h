#pragma once
// What every kobai-run command shares: output files (stdout when no path is given)
// and the summary file.
#include <QJsonObject>
#include <QString>

#include <cstdio>
#include <memory>

namespace kobai::cli {

struct FileCloser {
    void operator()(std::FILE *file) const
    {
        if (file && file != stdout)
            std::fclose(file);
    }
};
using FileHandle = std::unique_ptr<std::FILE, FileCloser>;

/// Opens path for writing, or stdout when path is empty. Throws std::runtime_error.
FileHandle openOutput(const QString &path);

/// Writes the summary atomically. Throws std::runtime_error.
void writeSummary(const QString &path, const QJsonObject &summary);

} // namespace kobai::cli
