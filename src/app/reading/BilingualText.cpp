#include "BilingualText.h"
#include "reading/ParagraphPairs.h"

#include <QVariantMap>

namespace kobai::app {

BilingualText::BilingualText(QObject *parent)
    : QObject(parent)
{
}

void BilingualText::setJa(const QString &ja)
{
    if (m_ja == ja)
        return;
    m_ja = ja;
    emit pairsChanged();
}

void BilingualText::setEn(const QString &en)
{
    if (m_en == en)
        return;
    m_en = en;
    emit pairsChanged();
}

QVariantList BilingualText::pairs() const
{
    QVariantList list;
    for (const ParagraphPair &pair : pairParagraphs(m_ja, m_en))
        list.append(QVariantMap{{QStringLiteral("ja"), pair.ja}, {QStringLiteral("en"), pair.en}});
    return list;
}

} // namespace kobai::app
