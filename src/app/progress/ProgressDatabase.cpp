#include "ProgressDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace kobai::progress {

namespace {

// SQLite's primary result codes (sqlite3.h) that decide what a failure means.
constexpr int sqliteError = 1;
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

/// SQLite's primary result code behind a Qt SQL error (0 when there is none).
int sqliteCode(const QSqlError &error) { return error.nativeErrorCode().toInt() & 0xff; }

// Schema 1: lessons done and answers. Schema 2 adds how long each answer took and
// the Leitner box of every question answered.
const QStringList schema1{
    "CREATE TABLE lesson_done (lesson_id TEXT PRIMARY KEY, done_at TEXT NOT NULL)",
    "CREATE TABLE answer (id INTEGER PRIMARY KEY, lesson_id TEXT NOT NULL, question_id TEXT NOT NULL, "
    "answered_at TEXT NOT NULL, correct INTEGER NOT NULL, response TEXT NOT NULL DEFAULT '')",
};
const QStringList migration1to2{
    "ALTER TABLE answer ADD COLUMN seconds REAL NOT NULL DEFAULT 0",
    "CREATE TABLE review (lesson_id TEXT NOT NULL, question_id TEXT NOT NULL, box INTEGER NOT NULL, "
    "due_at TEXT NOT NULL, PRIMARY KEY (lesson_id, question_id))",
};
/// What each schema version must hold, read without changing anything.
const QStringList expectedTables1{
    "SELECT lesson_id, done_at FROM lesson_done LIMIT 0",
    "SELECT id, lesson_id, question_id, answered_at, correct, response FROM answer LIMIT 0",
};
const QStringList expectedTables2{
    "SELECT seconds FROM answer LIMIT 0",
    "SELECT lesson_id, question_id, box, due_at FROM review LIMIT 0",
};

} // namespace

QString StoreNotice::kindName() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::DamagedKeptAside:
        return QStringLiteral("damaged");
    case Kind::NewerKeptAside:
        return QStringLiteral("newer");
    case Kind::CannotWrite:
        return QStringLiteral("cannotWrite");
    case Kind::InUse:
        return QStringLiteral("inUse");
    }
    return {};
}

ProgressDatabase::ProgressDatabase(QString path, int busyTimeoutMs, std::function<bool()> replayReviews)
    : path_(std::move(path)), busyTimeoutMs_(busyTimeoutMs),
      connection_(QStringLiteral("kobai-progress-") + QUuid::createUuid().toString()),
      replayReviews_(std::move(replayReviews))
{
}

ProgressDatabase::~ProgressDatabase()
{
    close();
    QSqlDatabase::removeDatabase(connection_);
}

void ProgressDatabase::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        if (db.isValid())
            db.close();
    }
    writable_ = false;
    lock_.reset(); // unlocks
}

bool ProgressDatabase::isOpen() const { return QSqlDatabase::database(connection_, false).isOpen(); }

bool ProgressDatabase::isOwnFile(const QString &path) const
{
    // Canonical where the file exists; else the canonical folder and the name, so a
    // path through a symlink or "..", or one not created yet, still compares equal.
    const auto canonical = [](const QString &p) {
        const QFileInfo info(p);
        if (info.exists())
            return info.canonicalFilePath();
        const QString dir = info.absoluteDir().canonicalPath();
        return dir.isEmpty() ? info.absoluteFilePath() : QDir(dir).filePath(info.fileName());
    };
    const QString candidate = canonical(path);
    for (const char *suffix : {"", "-journal", "-wal", "-shm", ".lock"})
        if (candidate == canonical(path_ + QLatin1String(suffix)))
            return true;
    return false;
}

bool ProgressDatabase::openFile(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::contains(connection_) ? QSqlDatabase::database(connection_, false)
                                                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
    db.close();
    db.setDatabaseName(path_);
    // A write that meets another connection's transaction waits for it instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1%2")
                             .arg(busyTimeoutMs_)
                             .arg(readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    writable_ = false;
    if (!db.open()) {
        lastError_ = db.lastError().text();
        return false;
    }
    writable_ = !readOnly;
    return true;
}

bool ProgressDatabase::openBeside()
{
    notice_ = {};
    // An import's pages stay in memory until its commit instead of spilling into the
    // file, which would take the exclusive lock and make every reader wait meanwhile.
    return openFile(false) && prepare() && execAll({"PRAGMA cache_spill = OFF"});
}

bool ProgressDatabase::open(const QDateTime &now)
{
    close();
    notice_ = {};
    const QFileInfo info(path_);
    if (!QDir().mkpath(info.absolutePath())) {
        notice_ = {StoreNotice::Kind::CannotWrite, {}, QStringLiteral("cannot create the folder of ") + path_};
        return false;
    }
    lock_ = std::make_unique<QLockFile>(path_ + QStringLiteral(".lock"));
    // Only a lock whose process is gone is stale: the age rule (30 s by default) would
    // take the folder from a Kōbai that has simply been open for a while.
    lock_->setStaleLockTime(0);
    if (!lock_->tryLock(0)) {
        const bool held = lock_->error() == QLockFile::LockFailedError;
        qint64 pid = 0;
        QString host;
        QString app;
        const bool known = held && lock_->getLockInfo(&pid, &host, &app);
        lock_.reset();
        if (held)
            return openReadOnly(StoreNotice::Kind::InUse,
                                known ? QStringLiteral("%1 is held by %2 (process %3 on %4)")
                                            .arg(path_ + QStringLiteral(".lock"), QFileInfo(app).fileName())
                                            .arg(pid)
                                            .arg(host)
                                      : QStringLiteral("%1 is held by another process").arg(path_ + QStringLiteral(".lock")));
        return openReadOnly(StoreNotice::Kind::CannotWrite,
                            QStringLiteral("cannot create the lock file %1.lock: the folder is read-only").arg(path_));
    }
    return openWritable(now);
}

bool ProgressDatabase::openReadOnly(StoreNotice::Kind kind, const QString &detail)
{
    close();
    notice_ = {kind, {}, detail};
    // Shown read-only when there is something to show; never checked, migrated or moved.
    if (!QFileInfo::exists(path_))
        return false;
    if (!openFile(true)) {
        notice_.detail += QStringLiteral("; ") + lastError_;
        return false;
    }
    return true;
}

bool ProgressDatabase::openWritable(const QDateTime &now)
{
    const bool existed = QFileInfo::exists(path_);
    // Opening reads nothing yet: a failure here is the folder or the file's permissions.
    if (!openFile(false))
        return openReadOnly(StoreNotice::Kind::CannotWrite, lastError_);
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    // What a failure that is not damage means: another holder (busy) or no writing.
    const auto unusable = [this](int code, const QString &error) {
        return openReadOnly(code == sqliteBusy || code == sqliteLocked ? StoreNotice::Kind::InUse
                                                                       : StoreNotice::Kind::CannotWrite,
                            error);
    };
    QSqlQuery check(db);
    // quick_check reads every page: random bytes and truncated files fail here.
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        const int code = sqliteCode(check.lastError());
        if (code == sqliteCorrupt || code == sqliteNotADatabase)
            return keepAside(StoreNotice::Kind::DamagedKeptAside, check.lastError().text(), now);
        return unusable(code, check.lastError().text());
    }
    if (!check.next() || check.value(0).toString() != QLatin1String("ok"))
        return keepAside(StoreNotice::Kind::DamagedKeptAside, check.value(0).toString(), now);
    check.finish();
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return unusable(sqliteCode(version.lastError()), version.lastError().text());
    const int found = version.value(0).toInt();
    version.finish();
    if (found > schemaVersion)
        return keepAside(StoreNotice::Kind::NewerKeptAside,
                         QStringLiteral("schema %1, newer than this program's %2").arg(found).arg(schemaVersion), now);
    if (existed && found == 0)
        return keepAside(StoreNotice::Kind::DamagedKeptAside, QStringLiteral("not a Kōbai progress database"), now);
    QStringList expected = found >= 1 ? expectedTables1 : QStringList();
    if (found >= 2)
        expected << expectedTables2;
    for (const QString &statement : expected) {
        QSqlQuery probe(db);
        if (probe.exec(statement))
            continue;
        // "No such table/column" is SQLite's generic error; anything else (busy, I/O) is not about the file.
        const int code = sqliteCode(probe.lastError());
        if (code != sqliteError)
            return unusable(code, probe.lastError().text());
        return keepAside(StoreNotice::Kind::DamagedKeptAside,
                         QStringLiteral("schema %1 without Kōbai's tables: %2").arg(found).arg(probe.lastError().text()),
                         now);
    }
    // migrate() always writes (the schema version at least): a file or folder that
    // cannot be written is found now, not at the learner's first answer.
    if (!prepare() || !migrate(found))
        return unusable(lastCode_, lastError_);
    return true;
}

bool ProgressDatabase::fail(const QSqlError &error)
{
    lastError_ = error.text();
    lastCode_ = sqliteCode(error);
    return false;
}

bool ProgressDatabase::fail(const QString &message)
{
    lastError_ = message;
    lastCode_ = 0;
    return false;
}

QSqlDatabase ProgressDatabase::connection() const
{
    return QSqlDatabase::database(connection_, false);
}

bool ProgressDatabase::execAll(const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(QSqlDatabase::database(connection_, false));
        if (!query.exec(statement))
            return fail(query.lastError());
    }
    return true;
}

bool ProgressDatabase::prepare()
{
    // An acknowledged answer must be on disk: full syncs, and a rollback journal so
    // a killed write leaves the previous state (and a copy of the closed database is whole).
    return execAll({"PRAGMA synchronous = FULL", "PRAGMA journal_mode = DELETE", "PRAGMA foreign_keys = ON"});
}

bool ProgressDatabase::keepAside(StoreNotice::Kind kind, const QString &detail, const QDateTime &now)
{
    // Reached only for a file SQLite reads and calls damaged, not ours or newer, while
    // this process holds the folder's lock: no other Kōbai has it open.
    QSqlDatabase::database(connection_, false).close();
    writable_ = false;
    const QFileInfo info(path_);
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString reason = kind == StoreNotice::Kind::NewerKeptAside ? QStringLiteral("newer") : QStringLiteral("damaged");
    QString aside = info.dir().filePath(QStringLiteral("%1.%2-%3.%4").arg(info.completeBaseName(), reason, stamp, info.suffix()));
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = info.dir().filePath(
            QStringLiteral("%1.%2-%3-%4.%5").arg(info.completeBaseName(), reason, stamp).arg(n).arg(info.suffix()));
    if (!QFile::rename(path_, aside))
        return openReadOnly(StoreNotice::Kind::CannotWrite, QStringLiteral("cannot move %1 aside").arg(path_));
    // A journal belongs to the file moved aside: it goes with it, never deleted.
    const QString journal = path_ + QStringLiteral("-journal");
    if (QFileInfo::exists(journal))
        QFile::rename(journal, aside + QStringLiteral("-journal"));
    const StoreNotice kept{kind, aside, detail};
    if (!openFile(false) || !prepare() || !migrate(0)) {
        const QString error = lastError_;
        openReadOnly(StoreNotice::Kind::CannotWrite, error);
        notice_.keptAsideAs = aside;
        return false;
    }
    notice_ = kept;
    return true;
}

bool ProgressDatabase::inTransaction(const std::function<bool()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    lastError_.clear();
    lastCode_ = 0;
    if (!writable_ || !db.isOpen()) {
        lastError_ = notice_.detail.isEmpty() ? QStringLiteral("the progress database is not open")
                                              : QStringLiteral("this window does not save progress: ") + notice_.detail;
        return false;
    }
    // IMMEDIATE takes the write lock at the start, so a busy database is waited for
    // (the busy timeout) here; a deferred transaction would fail at its first write.
    if (!execAll({QStringLiteral("BEGIN IMMEDIATE")}))
        return false;
    if (work() && execAll({QStringLiteral("COMMIT")}))
        return true;
    const QString error = lastError_;
    const int code = lastCode_;
    execAll({QStringLiteral("ROLLBACK")});
    lastError_ = error;
    lastCode_ = code;
    return false;
}

bool ProgressDatabase::migrate(int from)
{
    return inTransaction([&] {
        if (from < 1 && !execAll(schema1))
            return false;
        if (from < 2 && (!execAll(migration1to2) || !replayReviews_()))
            return false;
        // The index an import's duplicate check looks answers up by. Not a schema change
        // (older Kōbai read the file as before), so it has no version of its own.
        return execAll({"CREATE INDEX IF NOT EXISTS answer_by_question ON answer (lesson_id, question_id, answered_at)",
                         QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion)});
    });
}

} // namespace kobai::progress
