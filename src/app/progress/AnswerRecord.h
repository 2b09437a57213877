#pragma once
// One answer the learner gave, as the progress database and a progress export keep it,
// and how both write its time: ISO 8601, UTC, to the millisecond.
#include <QDateTime>
#include <QString>

namespace kobai::progress {

struct AnswerRecord {
    QString lessonId;
    QString questionId;
    QDateTime answeredAt; ///< UTC, millisecond precision
    bool correct = false;
    double seconds = 0.0; ///< how long the learner took
    QString response;     ///< what was answered, as text (for a teacher reading the export)
};

inline QString isoTime(const QDateTime &time) { return time.toUTC().toString(Qt::ISODateWithMs); }
inline QDateTime fromIsoTime(const QString &text) { return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(); }

} // namespace kobai::progress
