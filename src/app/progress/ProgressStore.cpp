#include "ProgressStore.h"

#include "progress/ProgressExportFormat.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kobai::progress {

namespace {

/// Answers written between two looks at the cancel flag and two progress reports.
constexpr qsizetype importBatch = 1000;

} // namespace

ProgressStore::ProgressStore(QString path, int busyTimeoutMs)
    : db_(std::move(path), busyTimeoutMs, [this] { return rebuildReviews(); })
{
}

bool ProgressStore::rebuildReviews(const QSet<QPair<QString, QString>> *only)
{
    if (!only && !db_.execAll({"DELETE FROM review"}))
        return false;
    QMap<QPair<QString, QString>, practice::ReviewState> states;
    for (const AnswerRecord &answer : answers()) {
        const QPair<QString, QString> question{answer.lessonId, answer.questionId};
        if (only && !only->contains(question))
            continue;
        practice::ReviewState &state = states[question];
        state = practice::LeitnerSchedule::afterAnswer(state, answer.correct, answer.answeredAt);
    }
    QSqlQuery insert(db_.connection());
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO review (lesson_id, question_id, box, due_at) VALUES (?, ?, ?, ?)"));
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        insert.bindValue(0, it.key().first);
        insert.bindValue(1, it.key().second);
        insert.bindValue(2, it.value().box);
        insert.bindValue(3, isoTime(it.value().due));
        if (!insert.exec())
            return db_.fail(insert.lastError());
    }
    return true;
}

bool ProgressStore::markLessonDone(const QString &lessonId, const QDateTime &at)
{
    return db_.inTransaction([&] {
        QSqlQuery query(db_.connection());
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO lesson_done (lesson_id, done_at) VALUES (?, ?)"));
        query.addBindValue(lessonId);
        query.addBindValue(isoTime(at));
        return query.exec() || db_.fail(query.lastError());
    });
}

bool ProgressStore::markLessonNotDone(const QString &lessonId)
{
    return db_.inTransaction([&] {
        QSqlQuery query(db_.connection());
        query.prepare(QStringLiteral("DELETE FROM lesson_done WHERE lesson_id = ?"));
        query.addBindValue(lessonId);
        return query.exec() || db_.fail(query.lastError());
    });
}

QStringList ProgressStore::lessonsDone() const
{
    QStringList ids;
    QSqlQuery query(db_.connection());
    query.exec(QStringLiteral("SELECT lesson_id FROM lesson_done ORDER BY done_at, lesson_id"));
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

bool ProgressStore::recordAnswer(const AnswerRecord &answer)
{
    return db_.inTransaction([&] {
        QSqlDatabase db = db_.connection();
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
            return db_.fail(insert.lastError());
        return upsert.exec() || db_.fail(upsert.lastError());
    });
}

bool ProgressStore::readAnswers(QList<AnswerRecord> *records, QString *problem) const
{
    QSqlQuery query(db_.connection());
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
    QSqlQuery query(db_.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM answer")) && query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<practice::ReviewState> ProgressStore::review(const QString &lessonId, const QString &questionId) const
{
    QSqlQuery query(db_.connection());
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
    QSqlQuery query(db_.connection());
    query.prepare(QStringLiteral("SELECT lesson_id, question_id FROM review WHERE due_at <= ? ORDER BY due_at"));
    query.addBindValue(isoTime(now));
    query.exec();
    while (query.next())
        due << qMakePair(query.value(0).toString(), query.value(1).toString());
    return due;
}

QJsonObject ProgressStore::exportJson(QString *problem) const
{
    QSqlDatabase db = db_.connection();
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
    return progressExport(done, records);
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
    const bool ok = db_.inTransaction([&] {
        QSqlDatabase db = db_.connection();
        QSqlQuery lesson(db);
        lesson.prepare(QStringLiteral("INSERT OR IGNORE INTO lesson_done (lesson_id, done_at) VALUES (?, ?)"));
        for (const auto &[lessonId, doneAt] : content.lessonsDone) {
            lesson.bindValue(0, lessonId);
            lesson.bindValue(1, isoTime(doneAt));
            if (!lesson.exec())
                return db_.fail(lesson.lastError());
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
                    return db_.fail(QStringLiteral("the import was cancelled; nothing of it was kept"));
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
                return db_.fail(insert.lastError());
            if (insert.numRowsAffected() > 0)
                touched.insert({a.lessonId, a.questionId});
        }
        report(total);
        return touched.isEmpty() || rebuildReviews(&touched);
    });
    if (!ok)
        *problem = db_.lastError();
    return ok;
}

} // namespace kobai::progress
