#pragma once
// Spaced review with Leitner boxes: a question answered right moves up a box and
// comes back later; answered wrong it goes back to box 1 and comes back soon.
// Boxes and intervals as in Leitner's card file (So lernt man lernen, 1972), with
// the first box repeated within the session.
#include <QDateTime>

namespace kobai::practice {

struct ReviewState {
    int box = 1; ///< 1 … LeitnerSchedule::boxes
    QDateTime due;
};

class LeitnerSchedule {
public:
    static constexpr int boxes = 5;

    /// How long a question waits in `box` before it is due again.
    static qint64 intervalSeconds(int box);

    /// The state after an answer given at `now`; a question never seen is in box 1.
    static ReviewState afterAnswer(const ReviewState &before, bool correct, const QDateTime &now);
};

} // namespace kobai::practice
