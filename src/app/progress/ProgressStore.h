#pragma once
// The learner's progress: lessons done, every answer with its time and result, and
// each question's Leitner box, in one SQLite database (ProgressDatabase: checked,
// locked, kept aside when damaged) in the user's application data folder. Every write
// is one transaction, so an answer the store acknowledged survives the process being
// killed.
#include "practice/LeitnerSchedule.h"
#include "progress/AnswerRecord.h"
#include "progress/ProgressDatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace kobai::progress {

/// What an import reports while it runs and how it is stopped (from another thread).
struct ImportControl {
    /// Called now and then with the answers written so far and their total.
    std::function<void(qsizetype done, qsizetype total)> advanced;
    /// Set to stop: the import rolls back and nothing of it stays.
    const std::atomic<bool> *cancel = nullptr;
};

class ProgressStore {
public:
    static constexpr int schemaVersion = ProgressDatabase::schemaVersion;
    /// How long a write waits for another connection's transaction before it fails.
    static constexpr int defaultBusyTimeoutMs = 15000;

    explicit ProgressStore(QString path, int busyTimeoutMs = defaultBusyTimeoutMs);

    /// Opens the database, creating, migrating or replacing it as needed; called again,
    /// it retries (e.g. after the Kōbai that held the folder closed). False only when no
    /// database can be read at all (see notice()); the app then runs without saving.
    bool open(const QDateTime &now = QDateTime::currentDateTimeUtc()) { return db_.open(now); }
    /// Another connection to the same database for a worker thread (an import) of the
    /// process whose store holds it open for writing: no lock, checks or migration.
    bool openBeside() { return db_.openBeside(); }
    bool isOpen() const { return db_.isOpen(); }
    /// False when open read-only (another Kōbai holds the folder, or it cannot be written).
    bool isWritable() const { return db_.isWritable(); }
    QString path() const { return db_.path(); }
    const StoreNotice &notice() const { return db_.notice(); }
    /// The last write's error, empty after a success.
    QString lastError() const { return db_.lastError(); }
    /// True for the database itself and the files SQLite and the lock keep beside it
    /// (-journal, -wal, -shm, .lock), however the path is spelled: never an export target.
    bool isOwnFile(const QString &path) const { return db_.isOwnFile(path); }

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
    bool readAnswers(QList<AnswerRecord> *records, QString *problem) const;
    /// Replays the Leitner boxes from the answers: of every question, or of `only` these.
    bool rebuildReviews(const QSet<QPair<QString, QString>> *only = nullptr);

    ProgressDatabase db_;
};

} // namespace kobai::progress
