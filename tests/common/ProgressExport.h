#pragma once
// Progress exports made up for the tests (the format ProgressStore::exportJson writes),
// shared by the store's tests and the window's.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace {

/// The size of "a large import": 100 000 answers (about 15 MB of JSON), the issue's
/// case; under ASan, which is several times slower, a fifth of it.
#ifdef __SANITIZE_ADDRESS__
constexpr int largeExportAnswers = 20000;
#else
constexpr int largeExportAnswers = 100000;
#endif

/// An export of `count` answers to distinct questions of `lesson`, a second apart
/// from `start`, with the lesson marked done at `start`.
inline QJsonObject progressExportOf(int count, const QDateTime &start, const QString &lesson = QStringLiteral("imported"))
{
    QJsonArray answers;
    for (int i = 0; i < count; ++i)
        answers.append(QJsonObject{{"lesson_id", lesson},
                                   {"question_id", QStringLiteral("q%1").arg(i)},
                                   {"answered_at", start.addSecs(i).toString(Qt::ISODateWithMs)},
                                   {"correct", i % 3 != 0},
                                   {"seconds", 4.25},
                                   {"response", QStringLiteral("choice %1 of a question in the export").arg(i % 4)}});
    return QJsonObject{
        {"kobai_progress", 1},
        {"lessons_done", QJsonArray{QJsonObject{{"lesson_id", lesson}, {"done_at", start.toString(Qt::ISODateWithMs)}}}},
        {"answers", answers}};
}

} // namespace
