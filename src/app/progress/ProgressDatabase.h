#pragma once
// The SQLite file (Qt SQL) behind ProgressStore: created, checked and migrated on open,
// written one transaction at a time. A file SQLite calls damaged (not a database,
// corrupt, a failed integrity check), one without Kōbai's tables, or one from a newer
// Kōbai, is never overwritten: it is renamed aside with the date, a new database is
// started, and notice() tells the learner.
//
// One writer per folder: open() takes a QLockFile beside the database (a lock left by
// a dead process is taken over, by QLockFile's own rules). A second Kōbai on the same
// folder opens the database read-only and says so (StoreNotice::Kind::InUse): it shows
// progress but saves nothing until retried after the first has closed. "Busy", "locked",
// "read-only" and I/O errors are never taken for damage: nothing is kept aside for them.
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QLockFile;
class QSqlError;

namespace kobai::progress {

/// What opening the store had to do with the file it found, for the learner to be told.
struct StoreNotice {
    enum class Kind {
        None,
        DamagedKeptAside,
        NewerKeptAside,
        CannotWrite, ///< a folder or file that cannot be written: shown read-only when it can be read
        InUse,       ///< another Kōbai (or program) holds the folder: shown read-only, nothing saved
    };
    Kind kind = Kind::None;
    QString keptAsideAs; ///< where the old file now is
    QString detail;      ///< the underlying error, for the log and the curious
    /// "" (nothing happened), "damaged", "newer", "cannotWrite" or "inUse": the names QML reads.
    QString kindName() const;
};

class ProgressDatabase {
public:
    /// The schema this program writes; older files are migrated on open.
    static constexpr int schemaVersion = 2;

    /// replayReviews rebuilds every question's Leitner box from the answers: the
    /// migration to schema 2, which adds the boxes, runs it.
    ProgressDatabase(QString path, int busyTimeoutMs, std::function<bool()> replayReviews);
    ~ProgressDatabase();
    ProgressDatabase(const ProgressDatabase &) = delete;
    ProgressDatabase &operator=(const ProgressDatabase &) = delete;

    /// Opens the database, creating, migrating or replacing it as needed; called again,
    /// it retries. False only when no database can be read at all (see notice()).
    bool open(const QDateTime &now);
    /// Another connection to the same database for a worker thread (an import) of the
    /// process whose store holds it open for writing: no lock, checks or migration.
    bool openBeside();
    bool isOpen() const;
    /// False when open read-only (another Kōbai holds the folder, or it cannot be written).
    bool isWritable() const { return writable_ && isOpen(); }
    QString path() const { return path_; }
    const StoreNotice &notice() const { return notice_; }
    /// The last write's error, empty after a success.
    QString lastError() const { return lastError_; }
    /// True for the database itself and the files SQLite and the lock keep beside it
    /// (-journal, -wal, -shm, .lock), however the path is spelled.
    bool isOwnFile(const QString &path) const;

    /// This store's connection, for its queries.
    QSqlDatabase connection() const;
    /// Runs `work` in one write transaction, committed when it returns true and rolled
    /// back (keeping its error) when it returns false; false too when nothing may be written.
    bool inTransaction(const std::function<bool()> &work);
    bool execAll(const QStringList &statements);
    /// Keeps a failed statement's message and SQLite code; false, for `return fail(…)`.
    bool fail(const QSqlError &error);
    /// Keeps a message of the caller's own (a cancelled import); false.
    bool fail(const QString &message);

private:
    bool openFile(bool readOnly);
    bool openReadOnly(StoreNotice::Kind kind, const QString &detail);
    bool openWritable(const QDateTime &now);
    bool prepare();
    bool keepAside(StoreNotice::Kind kind, const QString &detail, const QDateTime &now);
    bool migrate(int from);
    void close();

    QString path_;
    int busyTimeoutMs_;
    QString connection_;
    std::function<bool()> replayReviews_;
    std::unique_ptr<QLockFile> lock_;
    bool writable_ = false;
    StoreNotice notice_;
    QString lastError_;
    int lastCode_ = 0; ///< SQLite's primary result code of lastError_
};

} // namespace kobai::progress
