#pragma once
// The learner's progress: lessons done, every answer with its time and result, and
// each question's Leitner box, in one SQLite database (Qt SQL) in the user's
// application data folder. Every write is one transaction, so an answer the store
// acknowledged survives the process being killed. A file SQLite calls damaged (not a
// database, corrupt, a failed integrity check), one without Kōbai's tables, or one
// from a newer Kōbai, is never overwritten: it is renamed aside with the date, a new
// database is started, and notice() tells the learner.
//
// One writer per folder: open() takes a QLockFile beside the database (a lock left by
// a dead process is taken over, by QLockFile's own rules). A second Kōbai on the same
// folder opens the database read-only and says so (StoreNotice::Kind::InUse): it shows
// progress but saves nothing until retried after the first has closed. "Busy", "locked",
// "read-only" and I/O errors are never taken for damage: nothing is kept aside for them.
#include "practice/LeitnerSchedule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QSqlError;

namespace kobai::progress {

struct AnswerRecord {
    QString lessonId;
    QString questionId;
    QDateTime answeredAt; ///< UTC, millisecond precision
    bool correct = false;
    double seconds = 0.0; ///< how long the learner took
    QString response;     ///< what was answered, as text (for a teacher reading the export)
};

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

/// What an import reports while it runs and how it is stopped (from another thread).
struct ImportControl {
    /// Called now and then with the answers written so far and their total.
    std::function<void(qsizetype done, qsizetype total)> advanced;
    /// Set to stop: the import rolls back and nothing of it stays.
    const std::atomic<bool> *cancel = nullptr;
};

class ProgressStore {
public:
    /// The schema this program writes; older files are migrated on open.
    static constexpr int schemaVersion = 2;
    /// How long a write waits for another connection's transaction before it fails.
    static constexpr int defaultBusyTimeoutMs = 15000;

    explicit ProgressStore(QString path, int busyTimeoutMs = defaultBusyTimeoutMs);
    ~ProgressStore();
    ProgressStore(const ProgressStore &) = delete;
    ProgressStore &operator=(const ProgressStore &) = delete;

    /// Opens the database, creating, migrating or replacing it as needed; called again,
    /// it retries (e.g. after the Kōbai that held the folder closed). False only when no
    /// database can be read at all (see notice()); the app then runs without saving.
    bool open(const QDateTime &now = QDateTime::currentDateTimeUtc());
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
    /// (-journal, -wal, -shm, .lock), however the path is spelled: never an export target.
    bool isOwnFile(const QString &path) const;

    bool markLessonDone(const QString &lessonId, const QDateTime &at);
    /// The learner unticked "done": the lesson is listed as not done again.
    bool markLessonNotDone(const QString &lessonId);
    QStringList lessonsDone() const;

    /// Records an answer and moves its question's Leitner box, in one transaction.
    /// True means the answer is on disk.
    bool recordAnswer(const AnswerRecord &answer);
    QList<AnswerRecord> answers() const;
    qsizetype answerCount() const;
    std::optional<practice::ReviewState> review(const QString &lessonId, const QString &questionId) const;
    /// Questions due at `now`, most overdue first, as (lesson id, question id).
    QList<QPair<QString, QString>> dueForReview(const QDateTime &now) const;

    /// Everything, as JSON a learner carries to another machine or a teacher collects,
    /// read as one snapshot; an empty object, and *problem set, when it cannot be read.
    QJsonObject exportJson(QString *problem) const;
    /// Adds what the JSON holds that the store lacks (answers are matched by lesson,
    /// question and time), all in one transaction; Leitner boxes are replayed from the
    /// merged history. A refused file gets one located message (which entry, which
    /// field, the value and what was expected) and changes nothing.
    bool importJson(const QJsonObject &json, QString *problem, const ImportControl &control = {});

private:
    bool openFile(bool readOnly);
    bool openReadOnly(StoreNotice::Kind kind, const QString &detail);
    bool openWritable(const QDateTime &now);
    bool prepare();
    /// Keeps a failed statement's message and SQLite code; false, for `return fail(…)`.
    bool fail(const QSqlError &error);
    bool execAll(const QStringList &statements);
    bool readAnswers(QList<AnswerRecord> *records, QString *problem) const;
    bool keepAside(StoreNotice::Kind kind, const QString &detail, const QDateTime &now);
    bool migrate(int from);
    /// Replays the Leitner boxes from the answers: of every question, or of `only` these.
    bool rebuildReviews(const QSet<QPair<QString, QString>> *only = nullptr);
    bool inTransaction(const std::function<bool()> &work);
    void close();

    QString path_;
    int busyTimeoutMs_;
    QString connection_;
    std::unique_ptr<QLockFile> lock_;
    bool writable_ = false;
    StoreNotice notice_;
    QString lastError_;
    int lastCode_ = 0; ///< SQLite's primary result code of lastError_
};

} // namespace kobai::progress
