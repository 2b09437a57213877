#pragma once
// Which questions exam practice offers and in what order: filtered by lesson, syllabus
// item, kind and difficulty; questions of finished lessons first (what the learner has
// been taught), each lesson in its order; or, for review, the due ones, most overdue first.
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kobai::app {

struct PracticeEntry {
    QString lessonId;
    int lessonOrder = 0;
    QString questionId;
    QString syllabus;
    QString kind;   ///< "single", "multiple", "number", "fill_code", "read_curve"
    int difficulty = 1;
};

/// Empty fields and difficulty 0 let everything through.
struct PracticeFilter {
    QString lessonId;
    QString syllabus;
    QString kind;
    int difficulty = 0;
    bool matches(const PracticeEntry &entry) const;
};

/// The entries that pass the filter, finished lessons first, then by lesson order,
/// each lesson's questions in their own order.
QList<PracticeEntry> practiceOrder(const QList<PracticeEntry> &all, const PracticeFilter &filter,
                                   const QStringList &lessonsDone);

/// The entries due (dueForReview: (lesson id, question id), most overdue first) that
/// pass the filter, in that order; due questions no longer in any lesson are skipped.
QList<PracticeEntry> reviewOrder(const QList<PracticeEntry> &all, const PracticeFilter &filter,
                                 const QList<QPair<QString, QString>> &due);

} // namespace kobai::app
