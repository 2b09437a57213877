#pragma once
// One output of kobai-run (a CSV, the summary, or stdout when no path is given), with
// every write and the close checked. A regular file is written beside its final name as
// NAME.partial and renamed when it is complete, so an existing file is never truncated
// before a run has something to replace it with, and a failed output leaves nothing under
// its final name. A device or FIFO (/dev/full, /dev/stdout) is written in place.
#include <QString>

#include <cstdio>
#include <stdexcept>

namespace kobai::cli {

/// An output that cannot be written: its path (or "stdout") and the system's reason.
class OutputError : public std::runtime_error {
public:
    OutputError(const QString &path, int error);
};

class OutputFile {
public:
    /// Opens path (stdout when empty) for writing. Throws OutputError.
    explicit OutputFile(const QString &path);
    /// Without commit(): closes and removes the .partial file.
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    std::FILE *stream() const { return stream_; }
    /// Throws OutputError when a write since the last check failed; call after each row
    /// (stdio keeps errno of the failing write only until the next call).
    void check() const;
    /// Writes the whole buffer, then checks.
    void write(const QByteArray &bytes) const;
    /// Flushes and checks, so a watching program sees whole rows.
    void flush() const;
    /// Flushes, closes and gives the file its final name. Throws OutputError.
    void commit();

    /// Removes the .partial file of every output not yet committed, without allocating:
    /// for a program that ends without unwinding (out of memory).
    static void removeUnfinished() noexcept;

private:
    QString path_;     ///< as given, for messages ("" for stdout)
    QString final_;    ///< the file's name when complete: path_, through a symlink to its target
    QString writing_;  ///< the name written to: final_, or its .partial
    std::FILE *stream_ = nullptr;
    bool committed_ = false;
    bool registered_ = false; ///< writing_ is in the list removeUnfinished() empties
};

} // namespace kobai::cli
