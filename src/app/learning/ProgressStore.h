#pragma once
// The learner's progress: lessons done, every answer with its time and result, and
// each question's Leitner box, in one SQLite database (Qt SQL) in the user's
// application data folder. Every write is one transaction, so an answer the store
// acknowledged survives the process being killed. A file that is not a readable
// Kōbai database, or one from a newer Kōbai, is never overwritten: it is renamed
// aside with the date, a new database is started, and notice() tells the learner.
#include "LeitnerSchedule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kobai::learning {

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
    enum class Kind { None, DamagedKeptAside, NewerKeptAside, CannotWrite };
    Kind kind = Kind::None;
    QString keptAsideAs; ///< where the old file now is
    QString detail;      ///< the underlying error, for the log and the curious
};

class ProgressStore {
public:
    /// The schema this program writes; older files are migrated on open.
    static constexpr int schemaVersion = 2;

    explicit ProgressStore(QString path);
    ~ProgressStore();
    ProgressStore(const ProgressStore &) = delete;
    ProgressStore &operator=(const ProgressStore &) = delete;

    /// Opens the database, creating, migrating or replacing it as needed. False only
    /// when no database can be used at all (see notice()); the app then runs without saving.
    bool open(const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool isOpen() const;
    const StoreNotice &notice() const { return notice_; }
    /// The last write's error, empty after a success.
    QString lastError() const { return lastError_; }

    bool markLessonDone(const QString &lessonId, const QDateTime &at);
    /// The learner unticked "done": the lesson is listed as not done again.
    bool markLessonNotDone(const QString &lessonId);
    QStringList lessonsDone() const;

    /// Records an answer and moves its question's Leitner box, in one transaction.
    /// True means the answer is on disk.
    bool recordAnswer(const AnswerRecord &answer);
    QList<AnswerRecord> answers() const;
    std::optional<ReviewState> review(const QString &lessonId, const QString &questionId) const;
    /// Questions due at `now`, most overdue first, as (lesson id, question id).
    QList<QPair<QString, QString>> dueForReview(const QDateTime &now) const;

    /// Everything, as JSON a learner carries to another machine or a teacher collects.
    QJsonObject exportJson() const;
    /// Adds what the JSON holds that the store lacks (answers are matched by lesson,
    /// question and time); Leitner boxes are replayed from the merged history.
    bool importJson(const QJsonObject &json, QString *problem);

private:
    bool openFile(const QString &path);
    bool prepare();
    bool keepAside(StoreNotice::Kind kind, const QString &detail, const QDateTime &now);
    bool migrate(int from);
    bool rebuildReviews();
    bool inTransaction(const std::function<bool()> &work);

    QString path_;
    QString connection_;
    StoreNotice notice_;
    QString lastError_;
};

} // namespace kobai::learning
