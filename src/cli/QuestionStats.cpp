#include "QuestionStats.h"

#include "ConfigError.h"
#include "ExitCode.h"
#include "Messages.h"
#include "OutputFile.h"

#include <QDir>
#include <QFile>

namespace kobai::cli {

namespace {

const std::array<QString, QuestionStats::kindCount> statsKindNames{
    QStringLiteral("single"), QStringLiteral("multiple"), QStringLiteral("number"), QStringLiteral("fill_code"),
    QStringLiteral("read_curve")};

// Issue 18's targets for the bank; stated on the page as targets, not failures.
constexpr int statsLessonTarget = 12;
constexpr int statsBankTarget = 200;

/// A table cell's text: a title with "|" would split its row.
QString statsCell(QString text) { return text.replace(QLatin1Char('|'), QStringLiteral("\\|")); }

QString statsRow(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

/// "n %" of the bank with one decimal; "–" for an empty bank.
QString statsPercent(int count, int total)
{
    return total == 0 ? QStringLiteral("–") : QString::number(100.0 * count / total, 'f', 1) + QStringLiteral(" %");
}

} // namespace

QuestionStats::QuestionStats(const QList<config::Lesson> &lessons)
{
    for (const config::Lesson &lesson : lessons) {
        LessonRow row{lesson.id, lesson.order, lesson.title.en, {}, 0};
        for (const config::Question &question : lesson.questions) {
            const int kind = static_cast<int>(question.kind);
            ++row.kinds[kind];
            ++row.total;
            ++kinds_[kind];
            ++total_;
            auto &perDifficulty = bySyllabus_[question.syllabus];
            if (question.difficulty >= 1 && question.difficulty <= difficultyCount)
                ++perDifficulty[question.difficulty - 1];
        }
        lessons_ << row;
    }
}

QString QuestionStats::kindTable() const
{
    QStringList header{QStringLiteral("Order"), QStringLiteral("Lesson"), QStringLiteral("Title")};
    QStringList rule{QStringLiteral("---:"), QStringLiteral("---"), QStringLiteral("---")};
    for (const QString &name : statsKindNames) {
        header << name;
        rule << QStringLiteral("---:");
    }
    header << QStringLiteral("Total");
    rule << QStringLiteral("---:");
    QString text = QStringLiteral("## Questions per lesson and kind\n\n") + statsRow(header) + statsRow(rule);
    for (const LessonRow &lesson : lessons_) {
        QStringList cells{QString::number(lesson.order), QStringLiteral("`%1`").arg(lesson.id), statsCell(lesson.title)};
        for (const int count : lesson.kinds)
            cells << QString::number(count);
        text += statsRow(cells << QString::number(lesson.total));
    }
    QStringList totals{QString(), QStringLiteral("**Total**"), QString()};
    for (const int count : kinds_)
        totals << QString::number(count);
    return text + statsRow(totals << QString::number(total_)) + QLatin1Char('\n');
}

QString QuestionStats::syllabusTable(const QList<config::SyllabusItem> &items) const
{
    QString text = QStringLiteral("## Questions per syllabus item and difficulty\n\n"
                                  "Difficulty 1 recall, 2 apply one idea, 3 a multi-step calculation "
                                  "(docs/lessons.md). Items in the order of `lessons/syllabus.json`.\n\n");
    text += statsRow({QStringLiteral("Syllabus item"), QStringLiteral("English"), QStringLiteral("日本語"),
                      QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("Total")});
    text += statsRow({QStringLiteral("---"), QStringLiteral("---"), QStringLiteral("---"), QStringLiteral("---:"),
                      QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---:")});
    std::array<int, difficultyCount> totals{};
    const auto addRow = [&](const QString &id, const QString &en, const QString &ja) {
        const auto found = bySyllabus_.find(id);
        const std::array<int, difficultyCount> counts = found == bySyllabus_.end() ? std::array<int, difficultyCount>{}
                                                                                    : found->second;
        QStringList cells{QStringLiteral("`%1`").arg(id), statsCell(en), statsCell(ja)};
        int sum = 0;
        for (int d = 0; d < difficultyCount; ++d) {
            cells << QString::number(counts[d]);
            sum += counts[d];
            totals[d] += counts[d];
        }
        text += statsRow(cells << QString::number(sum));
    };
    QStringList listed;
    for (const config::SyllabusItem &item : items) {
        addRow(item.id, item.name.en, item.name.ja);
        listed << item.id;
    }
    for (const auto &[id, counts] : bySyllabus_)
        if (!listed.contains(id))
            addRow(id, QStringLiteral("(not in the syllabus)"), QString());
    QStringList last{QStringLiteral("**Total**"), QString(), QString()};
    for (const int count : totals)
        last << QString::number(count);
    return text + statsRow(last << QString::number(total_)) + QLatin1Char('\n');
}

QString QuestionStats::sharesTable() const
{
    const int number = kinds_[static_cast<int>(config::Question::Kind::Number)];
    const int fillCode = kinds_[static_cast<int>(config::Question::Kind::FillCode)];
    const int readCurve = kinds_[static_cast<int>(config::Question::Kind::ReadCurve)];
    const int concepts = kinds_[static_cast<int>(config::Question::Kind::Single)] +
                        kinds_[static_cast<int>(config::Question::Kind::Multiple)];
    QString text = QStringLiteral("## Shares of the bank\n\n");
    text += statsRow({QStringLiteral("Share"), QStringLiteral("Questions"), QStringLiteral("%"),
                      QStringLiteral("Issue 18's target")});
    text += statsRow({QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---")});
    const auto share = [&](const QString &name, int count, const QString &target) {
        text += statsRow({name, QString::number(count), statsPercent(count, total_), target});
    };
    share(QStringLiteral("Hand calculation (`number`)"), number, QStringLiteral("at least 25 %"));
    share(QStringLiteral("Code fill-in (`fill_code`)"), fillCode, QStringLiteral("at least 15 %"));
    share(QStringLiteral("Read a curve (`read_curve`)"), readCurve,
          QStringLiteral("one with a live run in every lesson that trains"));
    share(QStringLiteral("Concept (`single` + `multiple`)"), concepts, QStringLiteral("the rest"));
    return text + QLatin1Char('\n');
}

QString QuestionStats::targets() const
{
    QStringList few;
    for (const LessonRow &lesson : lessons_)
        if (lesson.total < statsLessonTarget)
            few << QStringLiteral("`%1` (%2)").arg(lesson.id).arg(lesson.total);
    QString text = QStringLiteral("## Targets (issue 18)\n\n");
    text += QStringLiteral("- At least %1 questions in every lesson: ").arg(statsLessonTarget);
    text += few.isEmpty() ? QStringLiteral("every lesson has them.\n")
                          : QStringLiteral("%1 lessons have fewer: %2.\n").arg(few.size()).arg(few.join(u", "));
    text += QStringLiteral("- At least %1 questions in all: ").arg(statsBankTarget);
    text += total_ >= statsBankTarget
                ? QStringLiteral("reached (%1).\n").arg(total_)
                : QStringLiteral("not yet (%1, %2 to go).\n").arg(total_).arg(statsBankTarget - total_);
    return text;
}

QString QuestionStats::markdown(const QList<config::SyllabusItem> &items) const
{
    QString text = QStringLiteral("# Question bank coverage\n\n"
                                  "Generated by `kobai-run --question-stats lessons`; do not edit it by hand "
                                  "(tst_question_stats checks that it is current). A teacher's page, in English "
                                  "only; the syllabus items carry their names in both languages.\n\n");
    text += QStringLiteral("**%1 questions in %2 lessons.**\n\n").arg(total_).arg(lessons_.size());
    return text + kindTable() + syllabusTable(items) + sharesTable() + targets();
}

int printQuestionStats(const QString &dir)
{
    const QList<config::LessonLoad> loads = config::readLessonsUnder(dir);
    if (loads.isEmpty()) {
        reportError(QStringLiteral("%1: no lesson folders (expected NN-slug/lesson.json inside)").arg(dir));
        return InvalidInput;
    }
    QList<config::Lesson> lessons;
    bool broken = false;
    for (const config::LessonLoad &load : loads) {
        if (load.lesson) {
            lessons << *load.lesson;
            continue;
        }
        for (const QString &problem : load.error.split(QLatin1Char('\n')))
            reportError(problem);
        broken = true;
    }
    if (broken)
        return InvalidInput;
    // The folder's own syllabus names its items, else the one built in (the lessons'
    // syllabus ids are checked against that one).
    const QString own = QDir(dir).filePath(QStringLiteral("syllabus.json"));
    QList<config::SyllabusItem> items;
    try {
        items = QFile::exists(own) ? config::readSyllabusFile(own) : config::syllabusItems();
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        return InvalidInput;
    }
    try {
        OutputFile out({});
        out.write(QuestionStats(lessons).markdown(items).toUtf8());
        out.commit();
    } catch (const OutputError &error) {
        reportError(QString::fromUtf8(error.what()));
        return Failure;
    }
    return Success;
}

} // namespace kobai::cli
