#pragma once
// A progress export: the JSON a learner carries to another machine or a teacher
// collects ({"kobai_progress": 1, "lessons_done": […], "answers": […]}), written from the
// database's records and read back completely, every entry checked, before anything of
// it is written.
#include "progress/AnswerRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace kobai::progress {

/// The export format this program writes and reads.
constexpr int exportFormatVersion = 1;

/// What an export holds, read and checked.
struct ExportContent {
    QList<QPair<QString, QDateTime>> lessonsDone;
    QList<AnswerRecord> answers;
};

/// The export of these lessons done ([{lesson_id, done_at}]) and answers.
QJsonObject progressExport(const QJsonArray &lessonsDone, const QList<AnswerRecord> &answers);

/// Reads a progress export completely before anything is written; false with one
/// located message (which entry, which field, the value and what was expected) at the
/// first entry that is not what an export holds.
bool readExport(const QJsonObject &json, ExportContent *content, QString *problem);

} // namespace kobai::progress
