#pragma once
// The JDLA E資格 syllabus items Kōbai's questions train, each with its name in both
// languages; exam practice filters and scores by these. The ids are stable: the
// learner's progress refers to them.
#include "LocalizedText.h"

#include <QList>

namespace kobai::config {

struct SyllabusItem {
    QString id;
    LocalizedText name;
};

/// Every item, in the order the syllabus teaches them.
const QList<SyllabusItem> &syllabusItems();

/// The item with this id, or nullptr.
const SyllabusItem *findSyllabusItem(const QString &id);

} // namespace kobai::config
