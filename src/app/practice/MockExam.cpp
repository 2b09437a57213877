#include "MockExam.h"

#include <algorithm>

namespace kobai::practice {

MockExam::MockExam(QList<ExamItem> items, qint64 limitSeconds, const QDateTime &start)
    : items_(std::move(items)), limitSeconds_(limitSeconds), start_(start)
{
}

qint64 MockExam::secondsLeft(const QDateTime &now) const
{
    return handedIn_ ? 0 : std::max<qint64>(0, limitSeconds_ - start_.secsTo(now));
}

bool MockExam::isOver(const QDateTime &now) const
{
    return secondsLeft(now) == 0;
}

bool MockExam::answer(qsizetype index, bool correct, const QDateTime &now)
{
    if (index < 0 || index >= items_.size() || isOver(now))
        return false;
    results_.insert(index, correct);
    return true;
}

bool MockExam::withdraw(qsizetype index, const QDateTime &now)
{
    if (index < 0 || index >= items_.size() || isOver(now))
        return false;
    results_.remove(index);
    return true;
}

int MockExam::right() const
{
    return static_cast<int>(std::count(results_.begin(), results_.end(), true));
}

QMap<QString, AreaScore> MockExam::scoreBySyllabus() const
{
    QMap<QString, AreaScore> scores;
    for (qsizetype i = 0; i < items_.size(); ++i) {
        AreaScore &score = scores[items_[i].syllabus];
        ++score.asked;
        if (results_.value(i, false))
            ++score.right;
    }
    return scores;
}

} // namespace kobai::practice
