#include "ProgressStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace kobai::learning {

namespace {

constexpr int exportFormatVersion = 1;

QString isoTime(const QDateTime &time) { return time.toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromIsoTime(const QString &text) { return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(); }

/// Runs statements in order; false at the first that fails, with its error in *error.
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
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

} // namespace

ProgressStore::ProgressStore(QString path)
    : path_(std::move(path)), connection_(QStringLiteral("kobai-progress-") + QUuid::createUuid().toString())
{
}

ProgressStore::~ProgressStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection_);
}

bool ProgressStore::isOpen() const { return QSqlDatabase::database(connection_, false).isOpen(); }

bool ProgressStore::openFile(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::contains(connection_) ? QSqlDatabase::database(connection_, false)
                                                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
    db.close();
    db.setDatabaseName(path);
    if (!db.open()) {
        lastError_ = db.lastError().text();
        return false;
    }
    return true;
}

bool ProgressStore::open(const QDateTime &now)
{
    notice_ = {};
    if (!QDir().mkpath(QFileInfo(path_).absolutePath())) {
        notice_ = {StoreNotice::Kind::CannotWrite, {}, QStringLiteral("cannot create the folder of ") + path_};
        return false;
    }
    const bool existed = QFileInfo::exists(path_);
    if (!openFile(path_)) {
        if (!existed) {
            notice_ = {StoreNotice::Kind::CannotWrite, {}, lastError_};
            return false;
        }
        return keepAside(StoreNotice::Kind::DamagedKeptAside, lastError_, now);
    }
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    QSqlQuery check(db);
    // quick_check reads every page: random bytes and truncated files fail here.
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() || check.value(0).toString() != "ok")
        return keepAside(StoreNotice::Kind::DamagedKeptAside,
                         check.lastError().isValid() ? check.lastError().text() : check.value(0).toString(), now);
    QSqlQuery version(db);
    version.exec(QStringLiteral("PRAGMA user_version"));
    const int found = version.next() ? version.value(0).toInt() : 0;
    if (found > schemaVersion)
        return keepAside(StoreNotice::Kind::NewerKeptAside,
                         QStringLiteral("schema %1, newer than this program's %2").arg(found).arg(schemaVersion), now);
    if (existed && found == 0)
        return keepAside(StoreNotice::Kind::DamagedKeptAside, QStringLiteral("not a Kōbai progress database"), now);
    if (!prepare() || !migrate(found)) {
        notice_ = {StoreNotice::Kind::CannotWrite, {}, lastError_};
        db.close();
        return false;
    }
    return true;
}

bool ProgressStore::prepare()
{
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    // An acknowledged answer must be on disk: full syncs, and a rollback journal so
    // a killed write leaves the previous state.
    return execAll(db, {"PRAGMA synchronous = FULL", "PRAGMA journal_mode = DELETE", "PRAGMA foreign_keys = ON"},
                   &lastError_);
}

bool ProgressStore::keepAside(StoreNotice::Kind kind, const QString &detail, const QDateTime &now)
{
    QSqlDatabase::database(connection_, false).close();
    const QFileInfo info(path_);
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString reason = kind == StoreNotice::Kind::NewerKeptAside ? QStringLiteral("newer") : QStringLiteral("damaged");
    QString aside = info.dir().filePath(QStringLiteral("%1.%2-%3.%4").arg(info.completeBaseName(), reason, stamp, info.suffix()));
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = info.dir().filePath(
            QStringLiteral("%1.%2-%3-%4.%5").arg(info.completeBaseName(), reason, stamp).arg(n).arg(info.suffix()));
    if (!QFile::rename(path_, aside)) {
        notice_ = {StoreNotice::Kind::CannotWrite, {}, QStringLiteral("cannot move %1 aside").arg(path_)};
        return false;
    }
    QFile::remove(path_ + QStringLiteral("-journal")); // a journal belongs to the file moved aside
    const StoreNotice kept{kind, aside, detail};
    if (!openFile(path_) || !prepare() || !migrate(0)) {
        notice_ = {StoreNotice::Kind::CannotWrite, aside, lastError_};
        return false;
    }
    notice_ = kept;
    return true;
}

bool ProgressStore::inTransaction(const std::function<bool()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    lastError_.clear();
    if (!db.isOpen()) {
        lastError_ = QStringLiteral("the progress database is not open");
        return false;
    }
    if (!db.transaction()) {
        lastError_ = db.lastError().text();
        return false;
    }
    if (work() && db.commit())
        return true;
    if (lastError_.isEmpty())
        lastError_ = db.lastError().text();
    db.rollback();
    return false;
}

bool ProgressStore::migrate(int from)
{
    if (from == schemaVersion)
        return true;
    return inTransaction([&] {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        if (from < 1 && !execAll(db, schema1, &lastError_))
            return false;
        if (from < 2 && (!execAll(db, migration1to2, &lastError_) || !rebuildReviews()))
            return false;
        return execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion)}, &lastError_);
    });
}

bool ProgressStore::rebuildReviews()
{
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    if (!execAll(db, {"DELETE FROM review"}, &lastError_))
        return false;
    QMap<QPair<QString, QString>, ReviewState> states;
    for (const AnswerRecord &answer : answers()) {
        ReviewState &state = states[{answer.lessonId, answer.questionId}];
        state = LeitnerSchedule::afterAnswer(state, answer.correct, answer.answeredAt);
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO review (lesson_id, question_id, box, due_at) VALUES (?, ?, ?, ?)"));
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        insert.addBindValue(it.key().first);
        insert.addBindValue(it.key().second);
        insert.addBindValue(it.value().box);
        insert.addBindValue(isoTime(it.value().due));
        if (!insert.exec()) {
            lastError_ = insert.lastError().text();
            return false;
        }
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
        if (!query.exec())
            lastError_ = query.lastError().text();
        return lastError_.isEmpty();
    });
}

bool ProgressStore::markLessonNotDone(const QString &lessonId)
{
    return inTransaction([&] {
        QSqlQuery query(QSqlDatabase::database(connection_, false));
        query.prepare(QStringLiteral("DELETE FROM lesson_done WHERE lesson_id = ?"));
        query.addBindValue(lessonId);
        if (!query.exec())
            lastError_ = query.lastError().text();
        return lastError_.isEmpty();
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
        const ReviewState next = LeitnerSchedule::afterAnswer(
            review(answer.lessonId, answer.questionId).value_or(ReviewState{}), answer.correct, answer.answeredAt);
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO review (lesson_id, question_id, box, due_at) "
                                      "VALUES (?, ?, ?, ?)"));
        for (const QVariant &value : {QVariant(answer.lessonId), QVariant(answer.questionId), QVariant(next.box),
                                      QVariant(isoTime(next.due))})
            upsert.addBindValue(value);
        if (!insert.exec())
            lastError_ = insert.lastError().text();
        else if (!upsert.exec())
            lastError_ = upsert.lastError().text();
        return lastError_.isEmpty();
    });
}

QList<AnswerRecord> ProgressStore::answers() const
{
    QList<AnswerRecord> records;
    QSqlQuery query(QSqlDatabase::database(connection_, false));
    query.exec(QStringLiteral(
        "SELECT lesson_id, question_id, answered_at, correct, seconds, response FROM answer ORDER BY answered_at, id"));
    while (query.next())
        records << AnswerRecord{query.value(0).toString(), query.value(1).toString(),
                                fromIsoTime(query.value(2).toString()), query.value(3).toInt() != 0,
                                query.value(4).toDouble(), query.value(5).toString()};
    return records;
}

std::optional<ReviewState> ProgressStore::review(const QString &lessonId, const QString &questionId) const
{
    QSqlQuery query(QSqlDatabase::database(connection_, false));
    query.prepare(QStringLiteral("SELECT box, due_at FROM review WHERE lesson_id = ? AND question_id = ?"));
    query.addBindValue(lessonId);
    query.addBindValue(questionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ReviewState{query.value(0).toInt(), fromIsoTime(query.value(1).toString())};
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

QJsonObject ProgressStore::exportJson() const
{
    QJsonArray done;
    QSqlQuery lessons(QSqlDatabase::database(connection_, false));
    lessons.exec(QStringLiteral("SELECT lesson_id, done_at FROM lesson_done ORDER BY done_at"));
    while (lessons.next())
        done.append(QJsonObject{{"lesson_id", lessons.value(0).toString()}, {"done_at", lessons.value(1).toString()}});
    QJsonArray answered;
    for (const AnswerRecord &a : answers())
        answered.append(QJsonObject{{"lesson_id", a.lessonId},
                                    {"question_id", a.questionId},
                                    {"answered_at", isoTime(a.answeredAt)},
                                    {"correct", a.correct},
                                    {"seconds", a.seconds},
                                    {"response", a.response}});
    return QJsonObject{{"kobai_progress", exportFormatVersion}, {"lessons_done", done}, {"answers", answered}};
}

bool ProgressStore::importJson(const QJsonObject &json, QString *problem)
{
    const int version = json.value("kobai_progress").toInt(0);
    if (version < 1 || version > exportFormatVersion) {
        *problem = QStringLiteral("not a Kōbai progress export of format 1 (\"kobai_progress\": %1)").arg(version);
        return false;
    }
    QList<AnswerRecord> incoming;
    for (const QJsonValue &value : json.value("answers").toArray()) {
        const QJsonObject a = value.toObject();
        const QDateTime at = fromIsoTime(a.value("answered_at").toString());
        if (a.value("lesson_id").toString().isEmpty() || a.value("question_id").toString().isEmpty() || !at.isValid()) {
            *problem = QStringLiteral("answers[%1]: expected lesson_id, question_id and an ISO answered_at")
                           .arg(incoming.size());
            return false;
        }
        incoming << AnswerRecord{a.value("lesson_id").toString(), a.value("question_id").toString(), at,
                                 a.value("correct").toBool(), a.value("seconds").toDouble(),
                                 a.value("response").toString()};
    }
    const bool ok = inTransaction([&] {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        for (const QJsonValue &value : json.value("lessons_done").toArray()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT OR IGNORE INTO lesson_done (lesson_id, done_at) VALUES (?, ?)"));
            query.addBindValue(value.toObject().value("lesson_id").toString());
            query.addBindValue(value.toObject().value("done_at").toString());
            if (!query.exec()) {
                lastError_ = query.lastError().text();
                return false;
            }
        }
        for (const AnswerRecord &a : incoming) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "INSERT INTO answer (lesson_id, question_id, answered_at, correct, response, seconds) "
                "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM answer WHERE lesson_id = ? AND "
                "question_id = ? AND answered_at = ?)"));
            for (const QVariant &v : {QVariant(a.lessonId), QVariant(a.questionId), QVariant(isoTime(a.answeredAt)),
                                      QVariant(a.correct ? 1 : 0), QVariant(a.response), QVariant(a.seconds),
                                      QVariant(a.lessonId), QVariant(a.questionId), QVariant(isoTime(a.answeredAt))})
                query.addBindValue(v);
            if (!query.exec()) {
                lastError_ = query.lastError().text();
                return false;
            }
        }
        return rebuildReviews();
    });
    if (!ok)
        *problem = lastError_;
    return ok;
}

} // namespace kobai::learning
