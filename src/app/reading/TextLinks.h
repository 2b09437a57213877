#pragma once
// Where the links of a shown text are, so each can be a Tab stop: Qt Quick's Text and
// TextEdit let a mouse click a link but give the keyboard no way to reach one (Qt 6.4).
#include <QObject>
#include <QQuickTextDocument>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kobai::app {

class TextLinks : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// The document's links in reading order: [{href, text, x, y, width, height}], the
    /// rectangle in the document's coordinates around the link's first line (a link that
    /// wraps is framed where it starts). Characters of one link in several formats (a bold
    /// word inside it) are one link.
    Q_INVOKABLE QVariantList of(QQuickTextDocument *document) const;
    /// The same for a plain QTextDocument, laid out at its own text width.
    static QVariantList inDocument(QTextDocument *document);
};

} // namespace kobai::app
