#pragma once
// The bilingual glossary (用語集, lessons/glossary.json) and the links lesson texts
// make to it, written in Markdown as [過学習](glossary:overfitting).
#include "LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kobai::config {

/// The newest glossary format this program reads.
constexpr int glossaryFormatVersion = 1;

struct GlossaryTerm {
    QString id;
    QString ja;      ///< the term as the exam writes it
    QString reading; ///< its reading in kana
    QString en;
    LocalizedText definition;
    QStringList seeAlso; ///< ids of related terms
};

struct Glossary {
    QList<GlossaryTerm> terms;
    /// The term with this id, or nullptr.
    const GlossaryTerm *find(const QString &id) const;
};

/// Reads and checks a glossary file (unique ids, both languages, see_also ids that
/// exist). Throws ConfigError naming the file, the field and what was expected.
Glossary readGlossaryFile(const QString &path);

/// A glossary link in a lesson text: the term id and the line it is on.
struct GlossaryLink {
    QString id;
    int line = 0;
};

/// Every [text](glossary:id) link in a Markdown text.
QList<GlossaryLink> glossaryLinks(const QString &markdown);

/// The URL scheme of glossary links.
inline const QString glossaryScheme = QStringLiteral("glossary");

} // namespace kobai::config
