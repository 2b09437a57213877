#include "PictureReferences.h"

#include <QHash>
#include <QRegularExpression>

namespace kobai::config {

QList<PictureReference> pictureReferences(const QString &markdown)
{
    static const QRegularExpression inlineImage(QStringLiteral(R"(!\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+))"));
    static const QRegularExpression referenceImage(QStringLiteral(R"(!\[((?:[^\]\\]|\\.)*)\](?:\[([^\]]*)\])?)"));
    static const QRegularExpression definition(QStringLiteral(R"(^ {0,3}\[([^\]]+)\]:\s*(<[^>]*>|\S+))"),
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression tag(QStringLiteral(R"(<[A-Za-z][^>]*>)"));
    static const QRegularExpression htmlUrl(
        QStringLiteral(R"re(\b(?:src|background)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))|url\(\s*['"]?([^'")\s]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    const auto unbracketed = [](QString url) { return url.startsWith(u'<') ? url.mid(1, url.size() - 2) : url; };
    QList<PictureReference> pictures;
    for (const QRegularExpressionMatch &m : inlineImage.globalMatch(markdown))
        pictures << PictureReference{unbracketed(m.captured(1)), m.capturedStart()};
    QHash<QString, QString> definitions;
    for (const QRegularExpressionMatch &m : definition.globalMatch(markdown))
        definitions.insert(m.captured(1).toCaseFolded(), unbracketed(m.captured(2)));
    for (const QRegularExpressionMatch &m : referenceImage.globalMatch(markdown)) {
        if (markdown.mid(m.capturedEnd(), 1) == u"(" && !m.hasCaptured(2))
            continue; // an inline image, above
        const QString label = (m.captured(2).isEmpty() ? m.captured(1) : m.captured(2)).toCaseFolded();
        if (definitions.contains(label))
            pictures << PictureReference{definitions[label], m.capturedStart()};
    }
    for (const QRegularExpressionMatch &t : tag.globalMatch(markdown))
        for (const QRegularExpressionMatch &m : htmlUrl.globalMatch(t.captured()))
            for (int group = 1; group <= 4; ++group)
                if (m.hasCaptured(group))
                    pictures << PictureReference{m.captured(group), t.capturedStart()};
    return pictures;
}

} // namespace kobai::config
