#include "ProgressStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cmath>

namespace kobai::progress {

namespace {

constexpr int exportFormatVersion = 1;
// SQLite's primary result codes (sqlite3.h) that decide what a failure means.
constexpr int sqliteError = 1;
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;
/// Answers written between two looks at the cancel flag and two progress reports.
constexpr qsizetype importBatch = 1000;
/// Imported times must lie here: Leitner dates after them stay printable (ISO 8601
/// has four-digit years), and a year 9999 is a typo, not an answer.
const QDateTime earliestTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime latestTime(QDate(3000, 1, 1), QTime(0, 0), Qt::UTC);

QString isoTime(const QDateTime &time) { return time.toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromIsoTime(const QString &text) { return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(); }

/// SQLite's primary result code behind a Qt SQL error (0 when there is none).
int sqliteCode(const QSqlError &error) { return error.nativeErrorCode().toInt() & 0xff; }

/// A JSON value as a message shows it: strings quoted and cut at 80 characters.
QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: {
        const QString text = value.toString();
        return QLatin1Char('"') + (text.size() > 80 ? text.left(80) + QStringLiteral("…") : text) + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    default:
        return {};
    }
}

/// "where: value (its kind); expected …", or "where is missing; expected …".
QString located(const QString &where, const QJsonValue &value, const QString &expected)
{
    if (value.isUndefined())
        return QStringLiteral("%1 is missing; expected %2").arg(where, expected);
    const QString kind = kindOf(value);
    return QStringLiteral("%1: %2%3; expected %4")
        .arg(where, shown(value), kind.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kind), expected);
}

bool nonEmptyString(const QJsonObject &object, const QString &key, const QString &where, QString *value,
                    QString *problem)
{
    const QJsonValue v = object.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        *problem = located(where + QLatin1Char('.') + key, v, QStringLiteral("a non-empty string"));
        return false;
    }
    *value = v.toString();
    return true;
}

bool timeField(const QJsonObject &object, const QString &key, const QString &where, QDateTime *value,
               QString *problem)
{
    const QJsonValue v = object.value(key);
    const QDateTime at = v.isString() ? fromIsoTime(v.toString()) : QDateTime();
    if (!at.isValid()) {
        *problem = located(where + QLatin1Char('.') + key, v,
                           QStringLiteral("an ISO 8601 time such as \"2026-11-24T09:00:00.000Z\""));
        return false;
    }
    if (at < earliestTime || at >= latestTime) {
        *problem = located(where + QLatin1Char('.') + key, v, QStringLiteral("a time between 1970 and 2999"));
        return false;
    }
    *value = at;
    return true;
}

/// The array under `key` (an object there is refused, not read as empty); an optional
/// one may be missing.
bool arrayField(const QJsonObject &json, const QString &key, bool optional, QJsonArray *array, QString *problem)
{
    const QJsonValue v = json.value(key);
    if (optional && v.isUndefined())
        return true;
    if (!v.isArray()) {
        *problem = located(QLatin1Char('"') + key + QLatin1Char('"'), v, QStringLiteral("an array"));
        return false;
    }
    *array = v.toArray();
    return true;
}

struct ExportContent {
    QList<QPair<QString, QDateTime>> lessonsDone;
    QList<AnswerRecord> answers;
};

/// Reads a progress export completely before anything is written; false with one
/// located message at the first entry that is not what an export holds.
bool readExport(const QJsonObject &json, ExportContent *content, QString *problem)
{
    const QJsonValue version = json.value(QStringLiteral("kobai_progress"));
    if (!version.isDouble() || version.toDouble() != exportFormatVersion) {
        *problem = located(QStringLiteral("\"kobai_progress\""), version,
                           QStringLiteral("the number %1 (a Kōbai progress export of format %1)").arg(exportFormatVersion));
        return false;
    }
    QJsonArray done;
    QJsonArray answers;
    if (!arrayField(json, QStringLiteral("lessons_done"), true, &done, problem)
        || !arrayField(json, QStringLiteral("answers"), false, &answers, problem))
        return false;
    for (qsizetype i = 0; i < done.size(); ++i) {
        const QString where = QStringLiteral("lessons_done[%1]").arg(i);
        if (!done[i].isObject()) {
            *problem = located(where, done[i], QStringLiteral("an object with lesson_id and done_at"));
            return false;
        }
        const QJsonObject entry = done[i].toObject();
        QPair<QString, QDateTime> lesson;
        if (!nonEmptyString(entry, QStringLiteral("lesson_id"), where, &lesson.first, problem)
            || !timeField(entry, QStringLiteral("done_at"), where, &lesson.second, problem))
            return false;
        content->lessonsDone << lesson;
    }
    content->answers.reserve(answers.size());
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString where = QStringLiteral("answers[%1]").arg(i);
        if (!answers[i].isObject()) {
            *problem = located(where, answers[i],
                               QStringLiteral("an object with lesson_id, question_id, answered_at and correct"));
            return false;
        }
        const QJsonObject entry = answers[i].toObject();
        AnswerRecord a;
        if (!nonEmptyString(entry, QStringLiteral("lesson_id"), where, &a.lessonId, problem)
            || !nonEmptyString(entry, QStringLiteral("question_id"), where, &a.questionId, problem)
            || !timeField(entry, QStringLiteral("answered_at"), where, &a.answeredAt, problem))
            return false;
        const QJsonValue correct = entry.value(QStringLiteral("correct"));
        if (!correct.isBool()) {
            *problem = located(where + QStringLiteral(".correct"), correct, QStringLiteral("true or false"));
            return false;
        }
        a.correct = correct.toBool();
        const QJsonValue seconds = entry.value(QStringLiteral("seconds"));
        if (!seconds.isUndefined()
            && (!seconds.isDouble() || !std::isfinite(seconds.toDouble()) || seconds.toDouble() < 0)) {
            *problem = located(where + QStringLiteral(".seconds"), seconds, QStringLiteral("a number ≥ 0"));
            return false;
        }
        a.seconds = seconds.toDouble(0.0);
        const QJsonValue response = entry.value(QStringLiteral("response"));
        if (!response.isUndefined() && !response.isString()) {
            *problem = located(where + QStringLiteral(".response"), response, QStringLiteral("a string"));
            return false;
        }
        a.response = response.toString();
        content->answers << a;
    }
    return true;
}

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

ProgressStore::ProgressStore(QString path, int busyTimeoutMs)
    : path_(std::move(path)), busyTimeoutMs_(busyTimeoutMs),
      connection_(QStringLiteral("kobai-progress-") + QUuid::createUuid().toString())
{
}

ProgressStore::~ProgressStore()
{
    close();
    QSqlDatabase::removeDatabase(connection_);
}

void ProgressStore::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        if (db.isValid())
            db.close();
    }
    writable_ = false;
    lock_.reset(); // unlocks
}

bool ProgressStore::isOpen() const { return QSqlDatabase::database(connection_, false).isOpen(); }

bool ProgressStore::isOwnFile(const QString &path) const
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

bool ProgressStore::openFile(bool readOnly)
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

bool ProgressStore::openBeside()
{
    notice_ = {};
    // An import's pages stay in memory until its commit instead of spilling into the
    // file, which would take the exclusive lock and make every reader wait meanwhile.
    return openFile(false) && prepare() && execAll({"PRAGMA cache_spill = OFF"});
}

bool ProgressStore::open(const QDateTime &now)
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

bool ProgressStore::openReadOnly(StoreNotice::Kind kind, const QString &detail)
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

bool ProgressStore::openWritable(const QDateTime &now)
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

bool ProgressStore::fail(const QSqlError &error)
{
    lastError_ = error.text();
    lastCode_ = sqliteCode(error);
    return false;
}

bool ProgressStore::execAll(const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(QSqlDatabase::database(connection_, false));
        if (!query.exec(statement))
            return fail(query.lastError());
    }
    return true;
}

bool ProgressStore::prepare()
{
    // An acknowledged answer must be on disk: full syncs, and a rollback journal so
    // a killed write leaves the previous state (and a copy of the closed database is whole).
    return execAll({"PRAGMA synchronous = FULL", "PRAGMA journal_mode = DELETE", "PRAGMA foreign_keys = ON"});
}

bool ProgressStore::keepAside(StoreNotice::Kind kind, const QString &detail, const QDateTime &now)
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

bool ProgressStore::inTransaction(const std::function<bool()> &work)
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

bool ProgressStore::migrate(int from)
{
    return inTransaction([&] {
        if (from < 1 && !execAll(schema1))
            return false;
        if (from < 2 && (!execAll(migration1to2) || !rebuildReviews()))
            return false;
        // The index an import's duplicate check looks answers up by. Not a schema change
        // (older Kōbai read the file as before), so it has no version of its own.
        return execAll({"CREATE INDEX IF NOT EXISTS answer_by_question ON answer (lesson_id, question_id, answered_at)",
                         QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion)});
    });
}

bool ProgressStore::rebuildReviews(const QSet<QPair<QString, QString>> *only)
{
    if (!only && !execAll({"DELETE FROM review"}))
        return false;
    QMap<QPair<QString, QString>, practice::ReviewState> states;
    for (const AnswerRecord &answer : answers()) {
        const QPair<QString, QString> question{answer.lessonId, answer.questionId};
        if (only && !only->contains(question))
            continue;
        practice::ReviewState &state = states[question];
        state = practice::LeitnerSchedule::afterAnswer(state, answer.correct, answer.answeredAt);
    }
    QSqlQuery insert(QSqlDatabase::database(connection_, false));
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO review (lesson_id, question_id, box, due_at) VALUES (?, ?, ?, ?)"));
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        insert.bindValue(0, it.key().first);
        insert.bindValue(1, it.key().second);
        insert.bindValue(2, it.value().box);
        insert.bindValue(3, isoTime(it.value().due));
        if (!insert.exec())
            return fail(insert.lastError());
    }
    return true;
}

bool ProgressStore::markLessonDone(const QString &lessonId, const QDateTime &at)
{
    return inTransaction([&] {
        QSqlQuery query(QSqlDatabase::database(connection_, false));
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO lesson_done (lesson_id, done_at) VALUES (?, ?)"));
        query.addBindValue(lessonId);
        query.addBindValue(isoTime(at));
        return query.exec() || fail(query.lastError());
    });
}

bool ProgressStore::markLessonNotDone(const QString &lessonId)
{
    return inTransaction([&] {
        QSqlQuery query(QSqlDatabase::database(connection_, false));
        query.prepare(QStringLiteral("DELETE FROM lesson_done WHERE lesson_id = ?"));
        query.addBindValue(lessonId);
        return query.exec() || fail(query.lastError());
    });
}

QStringList ProgressStore::lessonsDone() const
{
    QStringList ids;
    QSqlQuery query(QSqlDatabase::database(connection_, false));
    query.exec(QStringLiteral("SELECT lesson_id FROM lesson_done ORDER BY done_at, lesson_id"));
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

bool ProgressStore::recordAnswer(const AnswerRecord &answer)
{
    return inTransaction([&] {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO answer (lesson_id, question_id, answered_at, correct, response, "
                                      "seconds) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : {QVariant(answer.lessonId), QVariant(answer.questionId),
                                      QVariant(isoTime(answer.answeredAt)), QVariant(answer.correct ? 1 : 0),
                                      QVariant(answer.response), QVariant(answer.seconds)})
            insert.addBindValue(value);
        const practice::ReviewState next = practice::LeitnerSchedule::afterAnswer(
            review(answer.lessonId, answer.questionId).value_or(practice::ReviewState{}), answer.correct, answer.answeredAt);
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO review (lesson_id, question_id, box, due_at) "
                                      "VALUES (?, ?, ?, ?)"));
        for (const QVariant &value : {QVariant(answer.lessonId), QVariant(answer.questionId), QVariant(next.box),
                                      QVariant(isoTime(next.due))})
            upsert.addBindValue(value);
        if (!insert.exec())
            return fail(insert.lastError());
        return upsert.exec() || fail(upsert.lastError());
    });
}

bool ProgressStore::readAnswers(QList<AnswerRecord> *records, QString *problem) const
{
    QSqlQuery query(QSqlDatabase::database(connection_, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT lesson_id, question_id, answered_at, correct, seconds, response FROM answer "
                                   "ORDER BY answered_at, id"))) {
        *problem = query.lastError().text();
        return false;
    }
    while (query.next())
        *records << AnswerRecord{query.value(0).toString(), query.value(1).toString(),
                                 fromIsoTime(query.value(2).toString()), query.value(3).toInt() != 0,
                                 query.value(4).toDouble(), query.value(5).toString()};
    if (query.lastError().isValid()) {
        *problem = query.lastError().text();
        return false;
    }
    return true;
}

QList<AnswerRecord> ProgressStore::answers() const
{
    QList<AnswerRecord> records;
    QString problem;
    readAnswers(&records, &problem);
    return records;
}

qsizetype ProgressStore::answerCount() const
{
    QSqlQuery query(QSqlDatabase::database(connection_, false));
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM answer")) && query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<practice::ReviewState> ProgressStore::review(const QString &lessonId, const QString &questionId) const
{
    QSqlQuery query(QSqlDatabase::database(connection_, false));
    query.prepare(QStringLiteral("SELECT box, due_at FROM review WHERE lesson_id = ? AND question_id = ?"));
    query.addBindValue(lessonId);
    query.addBindValue(questionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return practice::ReviewState{query.value(0).toInt(), fromIsoTime(query.value(1).toString())};
}

QList<QPair<QString, QString>> ProgressStore::dueForReview(const QDateTime &now) const
{
    QList<QPair<QString, QString>> due;
    QSqlQuery query(QSqlDatabase::database(connection_, false));
    query.prepare(QStringLiteral("SELECT lesson_id, question_id FROM review WHERE due_at <= ? ORDER BY due_at"));
    query.addBindValue(isoTime(now));
    query.exec();
    while (query.next())
        due << qMakePair(query.value(0).toString(), query.value(1).toString());
    return due;
}

QJsonObject ProgressStore::exportJson(QString *problem) const
{
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    if (!db.isOpen()) {
        *problem = QStringLiteral("the progress database is not open");
        return {};
    }
    // One read transaction: lessons and answers from the same moment, even while
    // another connection writes.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN"))) {
        *problem = begin.lastError().text();
        return {};
    }
    QJsonArray done;
    QSqlQuery lessons(db);
    bool read = lessons.exec(QStringLiteral("SELECT lesson_id, done_at FROM lesson_done ORDER BY done_at"));
    while (read && lessons.next())
        done.append(QJsonObject{{"lesson_id", lessons.value(0).toString()}, {"done_at", lessons.value(1).toString()}});
    if (!read || lessons.lastError().isValid())
        *problem = lessons.lastError().text();
    lessons.finish();
    QList<AnswerRecord> records;
    read = read && !lessons.lastError().isValid() && readAnswers(&records, problem);
    QSqlQuery end(db);
    end.exec(QStringLiteral("COMMIT"));
    if (!read)
        return {};
    QJsonArray answered;
    for (const AnswerRecord &a : records)
        answered.append(QJsonObject{{"lesson_id", a.lessonId},
                                    {"question_id", a.questionId},
                                    {"answered_at", isoTime(a.answeredAt)},
                                    {"correct", a.correct},
                                    {"seconds", a.seconds},
                                    {"response", a.response}});
    return QJsonObject{{"kobai_progress", exportFormatVersion}, {"lessons_done", done}, {"answers", answered}};
}

bool ProgressStore::importJson(const QJsonObject &json, QString *problem, const ImportControl &control)
{
    ExportContent content;
    if (!readExport(json, &content, problem))
        return false;
    const qsizetype total = content.answers.size();
    const auto report = [&](qsizetype done) {
        if (control.advanced)
            control.advanced(done, total);
    };
    report(0);
    const bool ok = inTransaction([&] {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        QSqlQuery lesson(db);
        lesson.prepare(QStringLiteral("INSERT OR IGNORE INTO lesson_done (lesson_id, done_at) VALUES (?, ?)"));
        for (const auto &[lessonId, doneAt] : content.lessonsDone) {
            lesson.bindValue(0, lessonId);
            lesson.bindValue(1, isoTime(doneAt));
            if (!lesson.exec())
                return fail(lesson.lastError());
        }
        // One prepared statement for every answer; the duplicate check is a lookup in
        // the answer_by_question index. Only the questions that gained an answer have
        // their Leitner box replayed.
        QSet<QPair<QString, QString>> touched;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO answer (lesson_id, question_id, answered_at, correct, response, seconds) "
            "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM answer WHERE lesson_id = ? AND "
            "question_id = ? AND answered_at = ?)"));
        for (qsizetype i = 0; i < total; ++i) {
            if (i % importBatch == 0 && i > 0) {
                if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
                    lastError_ = QStringLiteral("the import was cancelled; nothing of it was kept");
                    return false;
                }
                report(i);
            }
            const AnswerRecord &a = content.answers[i];
            const QString at = isoTime(a.answeredAt);
            int n = 0;
            for (const QVariant &value : {QVariant(a.lessonId), QVariant(a.questionId), QVariant(at),
                                          QVariant(a.correct ? 1 : 0), QVariant(a.response), QVariant(a.seconds),
                                          QVariant(a.lessonId), QVariant(a.questionId), QVariant(at)})
                insert.bindValue(n++, value);
            if (!insert.exec())
                return fail(insert.lastError());
            if (insert.numRowsAffected() > 0)
                touched.insert({a.lessonId, a.questionId});
        }
        report(total);
        return touched.isEmpty() || rebuildReviews(&touched);
    });
    if (!ok)
        *problem = lastError_;
    return ok;
}

} // namespace kobai::progress
