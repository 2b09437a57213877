#include "PracticeOrder.h"

#include <algorithm>

namespace kobai::app {

bool PracticeFilter::matches(const PracticeEntry &entry) const
{
    return (lessonId.isEmpty() || entry.lessonId == lessonId) && (syllabus.isEmpty() || entry.syllabus == syllabus)
           && (kind.isEmpty() || entry.kind == kind) && (difficulty == 0 || entry.difficulty == difficulty);
}

QList<PracticeEntry> practiceOrder(const QList<PracticeEntry> &all, const PracticeFilter &filter,
                                   const QStringList &lessonsDone)
{
    QList<PracticeEntry> chosen;
    for (const PracticeEntry &entry : all)
        if (filter.matches(entry))
            chosen.append(entry);
    std::stable_sort(chosen.begin(), chosen.end(), [&](const PracticeEntry &a, const PracticeEntry &b) {
        const bool aDone = lessonsDone.contains(a.lessonId);
        const bool bDone = lessonsDone.contains(b.lessonId);
        if (aDone != bDone)
            return aDone;
        return a.lessonOrder < b.lessonOrder;
    });
    return chosen;
}

QList<PracticeEntry> reviewOrder(const QList<PracticeEntry> &all, const PracticeFilter &filter,
                                 const QList<QPair<QString, QString>> &due)
{
    QList<PracticeEntry> chosen;
    for (const QPair<QString, QString> &question : due) {
        const auto found = std::find_if(all.begin(), all.end(), [&](const PracticeEntry &entry) {
            return entry.lessonId == question.first && entry.questionId == question.second;
        });
        if (found != all.end() && filter.matches(*found))
            chosen.append(*found);
    }
    return chosen;
}

} // namespace kobai::app
