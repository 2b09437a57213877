#include "TextLinks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QVariantMap>

#include <algorithm>
#include <cmath>

namespace kobai::app {

namespace {

struct Span {
    QString href;
    QString text;
    QTextBlock block;
    int start = 0; // in the block
    int end = 0;
};

QVariantMap placed(const Span &span, QAbstractTextDocumentLayout *layout)
{
    const QTextLayout *lines = span.block.layout();
    const QTextLine line = lines->lineForTextPosition(span.start);
    const QRectF blockArea = layout->blockBoundingRect(span.block);
    const int lineEnd = line.textStart() + line.textLength();
    const qreal left = line.cursorToX(span.start);
    const qreal right = line.cursorToX(std::min(span.end, lineEnd));
    return {{QStringLiteral("href"), span.href},
            {QStringLiteral("text"), span.text},
            {QStringLiteral("x"), blockArea.x() + std::min(left, right)},
            {QStringLiteral("y"), blockArea.y() + line.y()},
            {QStringLiteral("width"), std::abs(right - left)},
            {QStringLiteral("height"), line.height()}};
}

} // namespace

QVariantList TextLinks::of(QQuickTextDocument *document) const
{
    return document ? inDocument(document->textDocument()) : QVariantList();
}

QVariantList TextLinks::inDocument(QTextDocument *text)
{
    QVariantList links;
    if (!text)
        return links;
    QAbstractTextDocumentLayout *layout = text->documentLayout();
    for (QTextBlock block = text->begin(); block.isValid(); block = block.next()) {
        // blockBoundingRect() lays the document out first, so the lines below are current.
        layout->blockBoundingRect(block);
        if (!block.layout() || block.layout()->lineCount() == 0)
            continue;
        Span span;
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment piece = fragment.fragment();
            const QTextCharFormat format = piece.charFormat();
            const QString href = format.isAnchor() ? format.anchorHref() : QString();
            const int start = piece.position() - block.position();
            if (!span.href.isEmpty() && (href != span.href || start != span.end)) {
                links.append(placed(span, layout));
                span = {};
            }
            if (href.isEmpty())
                continue;
            if (span.href.isEmpty())
                span = {href, QString(), block, start, start};
            span.text += piece.text();
            span.end = start + piece.length();
        }
        if (!span.href.isEmpty())
            links.append(placed(span, layout));
    }
    return links;
}

} // namespace kobai::app
