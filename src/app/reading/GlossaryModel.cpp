#include "GlossaryModel.h"
#include "ConfigError.h"
#include "reading/GlossarySearch.h"
#include "reading/LocalizedVariant.h"

#include <QUrl>

namespace kobai::app {

GlossaryModel::GlossaryModel(QObject *parent)
    : QAbstractListModel(parent)
{
    setSource(QStringLiteral(":/lessons/glossary.json"));
}

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const config::GlossaryTerm &entry = m_glossary.terms.at(m_shown.at(index.row()));
    switch (role) {
    case IdRole:
        return entry.id;
    case JaRole:
        return entry.ja;
    case ReadingRole:
        return entry.reading;
    case EnRole:
        return entry.en;
    case DefinitionRole:
        return localizedVariant(entry.definition);
    case SeeAlsoRole:
        return entry.seeAlso;
    default:
        return {};
    }
}

QHash<int, QByteArray> GlossaryModel::roleNames() const
{
    return {{IdRole, "termId"}, {JaRole, "ja"}, {ReadingRole, "reading"}, {EnRole, "en"},
            {DefinitionRole, "definition"}, {SeeAlsoRole, "seeAlso"}};
}

void GlossaryModel::setSource(const QString &source)
{
    if (m_source == source)
        return;
    m_source = source;
    // QML hands over URLs ("file:…", "qrc:…"); the reader wants paths.
    const QUrl url(source);
    const QString path = url.isLocalFile() ? url.toLocalFile()
                         : url.scheme() == QLatin1String("qrc") ? QLatin1Char(':') + url.path()
                                                                 : source;
    try {
        m_glossary = config::readGlossaryFile(path);
        m_error.clear();
    } catch (const config::ConfigError &error) {
        m_glossary = {};
        m_error = QString::fromUtf8(error.what());
    }
    refilter();
    emit sourceChanged();
}

void GlossaryModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    refilter();
    emit queryChanged();
}

int GlossaryModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_glossary.terms.at(m_shown.at(row)).id == id)
            return row;
    return -1;
}

QVariantMap GlossaryModel::term(const QString &id) const
{
    const config::GlossaryTerm *entry = m_glossary.find(id);
    if (!entry)
        return {};
    QVariantList seeAlso;
    for (const QString &other : entry->seeAlso)
        if (const config::GlossaryTerm *related = m_glossary.find(other))
            seeAlso.append(QVariantMap{{QStringLiteral("id"), related->id},
                                       {QStringLiteral("ja"), related->ja},
                                       {QStringLiteral("en"), related->en}});
    return {{QStringLiteral("id"), entry->id},
            {QStringLiteral("ja"), entry->ja},
            {QStringLiteral("reading"), entry->reading},
            {QStringLiteral("en"), entry->en},
            {QStringLiteral("definition"), localizedVariant(entry->definition)},
            {QStringLiteral("seeAlso"), seeAlso}};
}

void GlossaryModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (qsizetype i = 0; i < m_glossary.terms.size(); ++i)
        if (glossaryMatches(m_glossary.terms.at(i), m_query))
            m_shown.append(i);
    endResetModel();
}

} // namespace kobai::app
