#pragma once
// A timed mock exam: a fixed set of questions and a time limit (the E資格 pace,
// e.g. 20 questions in 24 minutes). As in the real exam, answers stay open to change
// until the learner hands the exam in or the time is up; then they are final, and the
// score is given per syllabus item. The clock is passed in, so a test can play out the
// whole exam without waiting.
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace kobai::practice {

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
    /// 0 once the exam is handed in or the time is up.
    qint64 secondsLeft(const QDateTime &now) const;
    /// Handed in, or out of time.
    bool isOver(const QDateTime &now) const;
    bool isHandedIn() const { return handedIn_; }

    /// Keeps the answer to item `index`, replacing an earlier one; returns false (and
    /// keeps nothing) for no such item or once the exam is over.
    bool answer(qsizetype index, bool correct, const QDateTime &now);
    /// Takes the answer to item `index` back (the learner cleared it); false once over.
    bool withdraw(qsizetype index, const QDateTime &now);
    /// The learner hands the exam in: every answer is final.
    void handIn() { handedIn_ = true; }

    bool isAnswered(qsizetype index) const { return results_.contains(index); }
    bool isRight(qsizetype index) const { return results_.value(index, false); }
    int answered() const { return static_cast<int>(results_.size()); }
    int unanswered() const { return static_cast<int>(items_.size() - results_.size()); }
    int right() const;
    /// Right and asked per syllabus item (unanswered questions count as asked).
    QMap<QString, AreaScore> scoreBySyllabus() const;

private:
    QList<ExamItem> items_;
    qint64 limitSeconds_;
    QDateTime start_;
    bool handedIn_ = false;
    QMap<qsizetype, bool> results_;
};

} // namespace kobai::practice
