#include "OutputFile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kobai::cli {

namespace {

QString describe(const QString &path) { return path.isEmpty() ? QStringLiteral("stdout") : path; }

/// Where a regular file's bytes go: through a symlink to its target, so the rename
/// replaces the file and not the link.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    return info.isSymLink() && info.exists() ? info.canonicalFilePath() : path;
}

/// The temporary name a regular file is written under while it is incomplete.
QString partialPath(const QString &path) { return path + QStringLiteral(".partial"); }

/// The .partial files open now, as the bytes removeUnfinished() hands to unlink.
std::vector<QByteArray> &unfinished()
{
    static std::vector<QByteArray> paths;
    return paths;
}

void forget(const QString &path)
{
    auto &paths = unfinished();
    const QByteArray name = QFile::encodeName(path);
    paths.erase(std::remove(paths.begin(), paths.end(), name), paths.end());
}

} // namespace

void OutputFile::removeUnfinished() noexcept
{
    for (const QByteArray &path : unfinished())
        ::unlink(path.constData());
}

OutputError::OutputError(const QString &path, int error)
    : std::runtime_error((describe(path) + QStringLiteral(": cannot be written: ") +
                          QString::fromLocal8Bit(std::strerror(error)))
                             .toStdString())
{
}

OutputFile::OutputFile(const QString &path) : path_(path)
{
    if (path.isEmpty()) {
        stream_ = stdout;
        return;
    }
    struct stat status {};
    const QByteArray target = QFile::encodeName(resolved(path));
    const bool special = ::stat(target.constData(), &status) == 0 && !S_ISREG(status.st_mode);
    final_ = special ? path : QFile::decodeName(target);
    writing_ = special ? path : partialPath(final_);
    // 0666 before the umask, as fopen would; O_CLOEXEC keeps it from child processes.
    const int fd = ::open(QFile::encodeName(writing_).constData(),
                          O_WRONLY | O_CREAT | O_CLOEXEC | (special ? 0 : O_TRUNC), 0666);
    if (fd < 0)
        throw OutputError(path, errno);
    registered_ = !special;
    if (registered_)
        unfinished().push_back(QFile::encodeName(writing_));
    stream_ = ::fdopen(fd, "w");
    if (!stream_) {
        const int error = errno;
        ::close(fd);
        if (registered_) { // the constructor throws: no destructor will remove the file
            forget(writing_);
            ::unlink(QFile::encodeName(writing_).constData());
        }
        throw OutputError(path, error);
    }
}

OutputFile::~OutputFile()
{
    if (registered_)
        forget(writing_);
    if (stream_ && stream_ != stdout)
        std::fclose(stream_);
    if (registered_ && !committed_)
        ::unlink(QFile::encodeName(writing_).constData());
}

void OutputFile::check() const
{
    if (std::ferror(stream_))
        throw OutputError(path_, errno ? errno : EIO);
}

void OutputFile::write(const QByteArray &bytes) const
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream_);
    check();
}

void OutputFile::flush() const
{
    if (std::fflush(stream_) != 0)
        throw OutputError(path_, errno);
    check();
}

void OutputFile::commit()
{
    flush();
    if (stream_ != stdout) {
        // The stream is gone whatever fclose answers; a failed close (NFS, a quota) is a
        // failed output, whose .partial the destructor removes like any other.
        if (std::fclose(std::exchange(stream_, nullptr)) != 0)
            throw OutputError(path_, errno);
        if (registered_ &&
            ::rename(QFile::encodeName(writing_).constData(), QFile::encodeName(final_).constData()) != 0)
            throw OutputError(path_, errno);
    }
    committed_ = true;
}

} // namespace kobai::cli
