#include "LeitnerSchedule.h"

#include <algorithm>
#include <array>

namespace kobai::practice {

qint64 LeitnerSchedule::intervalSeconds(int box)
{
    // Box 1: again in ten minutes (the same sitting); then 1, 3, 7 and 16 days.
    static constexpr std::array<qint64, boxes> seconds{10 * 60, 1 * 86400, 3 * 86400, 7 * 86400, 16 * 86400};
    return seconds[static_cast<std::size_t>(std::clamp(box, 1, boxes) - 1)];
}

ReviewState LeitnerSchedule::afterAnswer(const ReviewState &before, bool correct, const QDateTime &now)
{
    ReviewState after;
    after.box = correct ? std::min(before.box + 1, boxes) : 1;
    after.due = now.addSecs(intervalSeconds(after.box));
    return after;
}

} // namespace kobai::practice
