#pragma once
// The files of a lesson folder beside lesson.json: each one inside the folder (a link
// out of it is refused), and the texts text.ja.md and text.en.md read and checked: UTF-8,
// not empty, no raw LaTeX, pictures only from the folder, glossary links that name a term.
#include "Glossary.h"
#include "Lesson.h"
#include "LocalizedText.h"

#include <QString>
#include <QStringList>

namespace kobai::config {

/// Throws when path (a file of the lesson) resolves, through symbolic links, outside
/// folder: a lesson shows only what its own folder holds.
void requireInsideFolder(const QString &path, const QString &folder);

/// text.ja.md and text.en.md, each checked; their problems are added to problems.
LocalizedText readLessonText(const QString &folder, QStringList &problems);

/// Every glossary link in the lesson's texts that names no term, one problem each.
void checkGlossaryLinks(const Lesson &lesson, const Glossary &glossary, QStringList &problems);

} // namespace kobai::config
