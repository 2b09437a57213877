#include "GlossarySearch.h"

namespace kobai::app {

QString searchForm(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded().trimmed();
    for (QChar &c : folded) {
        const char16_t u = c.unicode();
        if (u >= 0x30A1 && u <= 0x30F6) // ァ … ヶ: the katakana with a hiragana twin
            c = QChar(static_cast<char16_t>(u - 0x60));
    }
    // Hyphens and spaces vary between spellings (over-fitting, overfitting, over fitting).
    folded.remove(QLatin1Char('-'));
    folded.remove(QLatin1Char(' '));
    return folded;
}

bool glossaryMatches(const config::GlossaryTerm &term, const QString &query)
{
    const QString wanted = searchForm(query);
    if (wanted.isEmpty())
        return true;
    for (const QString *field : {&term.ja, &term.reading, &term.en, &term.definition.ja, &term.definition.en})
        if (searchForm(*field).contains(wanted))
            return true;
    return false;
}

} // namespace kobai::app
