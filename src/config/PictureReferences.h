#pragma once
// The pictures a lesson text would make Qt load: the checker allows only files of the
// lesson's own folder (docs/lessons.md), and none at all in the texts of lesson.json.
#include <QList>
#include <QString>

namespace kobai::config {

/// A picture a Markdown text asks for, and where.
struct PictureReference {
    QString url;
    qsizetype offset = 0;
};

/// Every picture a Markdown text would load: ![alt](url), ![alt][label] with its
/// [label]: url, and the src, background and url(…) of raw HTML, which Qt renders too.
QList<PictureReference> pictureReferences(const QString &markdown);

} // namespace kobai::config
