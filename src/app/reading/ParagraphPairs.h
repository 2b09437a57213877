#pragma once
// Side-by-side reading: the Japanese and English texts of a lesson cut into blocks
// (paragraphs, headings, lists, tables, code blocks) and paired in order, so each
// Japanese block sits next to its English counterpart. The two texts are written for
// their language, not word for word, but they follow the same outline; where one has
// more blocks, the extra ones pair with nothing.
#include <QList>
#include <QString>
#include <QStringList>

namespace kobai::app {

/// The Markdown's blocks in order: separated by blank lines, a heading always a block of
/// its own, a fenced code block (```) whole even with blank lines inside.
QStringList markdownBlocks(const QString &markdown);

struct ParagraphPair {
    QString ja;
    QString en;
};

/// Block i of each text side by side; the longer text's extra blocks pair with "".
QList<ParagraphPair> pairParagraphs(const QString &ja, const QString &en);

} // namespace kobai::app
