#pragma once
// kobai-run --question-stats: how the lessons' question bank covers the exam, counted
// per lesson × kind and syllabus item × difficulty, printed as Markdown (docs/questions.md)
// so a teacher sees the coverage and issue 18's targets without reading every lesson.json.
#include "Lesson.h"
#include "Syllabus.h"

#include <QList>
#include <QString>

#include <array>
#include <map>

namespace kobai::cli {

class QuestionStats {
public:
    /// Question::Kind's order: single, multiple, number, fill_code, read_curve.
    static constexpr int kindCount = 5;
    static constexpr int difficultyCount = 3;

    /// Counts every question of the lessons, in the order given.
    explicit QuestionStats(const QList<config::Lesson> &lessons);

    /// The Markdown page: totals, the two tables, the shares and the targets. Syllabus
    /// rows follow items' order; an id the syllabus lacks gets a row after them.
    QString markdown(const QList<config::SyllabusItem> &items) const;

private:
    struct LessonRow {
        QString id;
        int order = 0;
        QString title;
        std::array<int, kindCount> kinds{};
        int total = 0;
    };
    QString kindTable() const;
    QString syllabusTable(const QList<config::SyllabusItem> &items) const;
    QString sharesTable() const;
    QString targets() const;

    QList<LessonRow> lessons_;
    std::array<int, kindCount> kinds_{};
    std::map<QString, std::array<int, difficultyCount>> bySyllabus_;
    int total_ = 0;
};

/// Reads every lesson under dir as --check-lessons does and prints the page on stdout;
/// a broken lesson (or none) is InvalidInput with its located messages on stderr.
int printQuestionStats(const QString &dir);

} // namespace kobai::cli
