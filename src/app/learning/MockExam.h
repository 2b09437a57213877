#pragma once
// A timed mock exam: a fixed set of questions and a time limit (the E資格 pace,
// e.g. 20 questions in 24 minutes); answers after the limit do not count, and the
// score is given per syllabus item at the end. The clock is passed in, so a test
// can play out the whole exam without waiting.
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace kobai::learning {

struct ExamItem {
    QString lessonId;
    QString questionId;
    QString syllabus;
};

struct AreaScore {
    int right = 0;
    int asked = 0;
};

class MockExam {
public:
    MockExam(QList<ExamItem> items, qint64 limitSeconds, const QDateTime &start);

    const QList<ExamItem> &items() const { return items_; }
    qint64 secondsLeft(const QDateTime &now) const;
    bool isOver(const QDateTime &now) const;

    /// Records the answer to item `index`; returns false (and records nothing) once
    /// the time is up or when the item was answered already.
    bool answer(qsizetype index, bool correct, const QDateTime &now);

    int answered() const { return static_cast<int>(results_.size()); }
    int right() const;
    /// Right and asked per syllabus item (unanswered questions count as asked).
    QMap<QString, AreaScore> scoreBySyllabus() const;

private:
    QList<ExamItem> items_;
    qint64 limitSeconds_;
    QDateTime start_;
    QMap<qsizetype, bool> results_;
};

} // namespace kobai::learning
