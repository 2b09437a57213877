#pragma once
// The JDLA E資格 syllabus items Kōbai's questions train, each with its name in both
// languages; exam practice filters and scores by these. Content, not code: the list is
// lessons/syllabus.json, compiled in at :/lessons/syllabus.json. The ids are stable: the
// learner's progress refers to them.
#include "LocalizedText.h"

#include <QList>
#include <QString>

namespace kobai::config {

/// The newest syllabus format this program reads.
constexpr int syllabusFormatVersion = 1;

struct SyllabusItem {
    QString id;
    LocalizedText name;
};

/// Reads and checks a syllabus file ({"format_version": 1, "items": [{id, name: {ja, en}}]}):
/// at least one item, ids unique. Throws ConfigError naming the file, the field, the
/// value and what was expected.
QList<SyllabusItem> readSyllabusFile(const QString &path);

/// Every item of the compiled-in syllabus, in the order it teaches them (read once;
/// throws the file's ConfigError when it is broken).
const QList<SyllabusItem> &syllabusItems();

/// The item with this id, or nullptr.
const SyllabusItem *findSyllabusItem(const QString &id);

} // namespace kobai::config
