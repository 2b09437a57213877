#pragma once
// Whether a glossary term answers what the learner typed into the search field: the
// Japanese term, its reading, the English term or either definition contain it, with
// width, case and kana folded, so "カガクシュウ", "かがくしゅう", "OVERFIT" and "ｏｖｅｒ"
// all find 過学習 (かがくしゅう, over-fitting).
#include "Glossary.h"

#include <QString>

namespace kobai::app {

/// The form both sides are compared in: NFKC (full-width to ASCII), case folded, katakana as hiragana.
QString searchForm(const QString &text);

/// True for an empty query; terms match on their names first, definitions too.
bool glossaryMatches(const config::GlossaryTerm &term, const QString &query);

} // namespace kobai::app
