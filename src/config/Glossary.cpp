#include "Glossary.h"

#include "ConfigError.h"
#include "JsonFile.h"
#include "ObjectReader.h"
#include "TextFields.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kobai::config {

namespace {

const QRegularExpression linkPattern(QStringLiteral(R"(\]\(glossary:([^)\s]*)\))"));

GlossaryTerm readTerm(ObjectReader &reader)
{
    GlossaryTerm term;
    term.id = requiredName(reader, "id", QStringLiteral("an id of lowercase letters, digits, - and _"));
    term.ja = requiredString(reader, "ja", QStringLiteral("the Japanese term"));
    term.reading = requiredString(reader, "reading", QStringLiteral("the reading of the Japanese term in kana"));
    term.en = requiredString(reader, "en", QStringLiteral("the English term"));
    term.definition = readText(reader, "definition");
    if (reader.has("see_also")) {
        const QJsonValue seeAlso = reader.raw("see_also");
        if (!seeAlso.isArray())
            reader.fail("see_also", QStringLiteral("an array of term ids"));
        for (const QJsonValue &id : seeAlso.toArray())
            term.seeAlso << id.toString();
    }
    reader.finish();
    return term;
}

} // namespace

const GlossaryTerm *Glossary::find(const QString &id) const
{
    const auto it = std::find_if(terms.begin(), terms.end(), [&](const GlossaryTerm &t) { return t.id == id; });
    return it == terms.end() ? nullptr : &*it;
}

Glossary readGlossaryFile(const QString &path)
{
    ObjectReader root(parseJsonObject(readWholeFile(path), path, QStringLiteral("the glossary")), QString(), path);
    requireFormatVersion(root, glossaryFormatVersion, QStringLiteral("glossary"));
    Glossary glossary;
    std::vector<ObjectReader> readers = root.objects("terms");
    QSet<QString> ids;
    for (ObjectReader &reader : readers) {
        GlossaryTerm term = readTerm(reader);
        if (ids.contains(term.id))
            reader.fail("id", QStringLiteral("an id no other term uses"));
        ids.insert(term.id);
        glossary.terms << term;
    }
    root.finish();
    for (qsizetype i = 0; i < glossary.terms.size(); ++i)
        for (qsizetype k = 0; k < glossary.terms[i].seeAlso.size(); ++k)
            if (!ids.contains(glossary.terms[i].seeAlso[k]))
                throw ConfigError(path, QStringLiteral("terms[%1].see_also[%2]").arg(i).arg(k),
                                  QLatin1Char('"') + glossary.terms[i].seeAlso[k] + QLatin1Char('"'),
                                  QStringLiteral("the id of a term in this glossary"));
    return glossary;
}

QList<GlossaryLink> glossaryLinks(const QString &markdown)
{
    QList<GlossaryLink> links;
    for (const QRegularExpressionMatch &match : linkPattern.globalMatch(markdown))
        links << GlossaryLink{match.captured(1), static_cast<int>(markdown.left(match.capturedStart()).count(u'\n')) + 1};
    return links;
}

} // namespace kobai::config
