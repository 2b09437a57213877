#pragma once
// A lesson text for side-by-side reading: set ja and en, read pairs ([{ja, en}] of
// Markdown blocks, ParagraphPairs.h) for a two-column view.
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kobai::app {

class BilingualText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString ja READ ja WRITE setJa NOTIFY pairsChanged)
    Q_PROPERTY(QString en READ en WRITE setEn NOTIFY pairsChanged)
    Q_PROPERTY(QVariantList pairs READ pairs NOTIFY pairsChanged)

public:
    explicit BilingualText(QObject *parent = nullptr);

    QString ja() const { return m_ja; }
    void setJa(const QString &ja);
    QString en() const { return m_en; }
    void setEn(const QString &en);
    QVariantList pairs() const;

signals:
    void pairsChanged();

private:
    QString m_ja;
    QString m_en;
};

} // namespace kobai::app
