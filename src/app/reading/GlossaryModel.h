#pragma once
// The glossary (用語集) as a list the glossary page searches: the terms that match
// `query` (GlossarySearch), in the file's order, each with its see-also terms named.
#include "Glossary.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kobai::app {

class GlossaryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// The glossary file; the built-in one unless a test says otherwise.
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /// Why the file could not be read, empty when it was.
    Q_PROPERTY(QString error READ error NOTIFY sourceChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, JaRole, ReadingRole, EnRole, DefinitionRole, SeeAlsoRole };

    explicit GlossaryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString source() const { return m_source; }
    void setSource(const QString &source);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString error() const { return m_error; }

    /// The row of the term with this id among those shown, or -1.
    Q_INVOKABLE int rowOf(const QString &id) const;
    /// One term as the page shows it: {id, ja, reading, en, definition: {ja, en},
    /// seeAlso: [{id, ja, en}]}; empty for an unknown id.
    Q_INVOKABLE QVariantMap term(const QString &id) const;

signals:
    void sourceChanged();
    void queryChanged();

private:
    void refilter();

    QString m_source;
    QString m_query;
    QString m_error;
    config::Glossary m_glossary;
    QList<qsizetype> m_shown; ///< indices into m_glossary.terms
};

} // namespace kobai::app
