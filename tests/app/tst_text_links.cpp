// The links of a shown text, for their Tab stops: every link once, in reading order,
// a link in several formats as one, each framed where the layout draws it.
#include "reading/TextLinks.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using kobai::app::TextLinks;

class TextLinksTest : public QObject
{
    Q_OBJECT

private slots:
    void everyLinkOnceInReadingOrder();
    void eachFrameLiesOverItsLink();
    void aWrappedLinkIsFramedWhereItStarts();
    void noLinksNoStops();
};

namespace {

QRectF frameOf(const QVariant &link)
{
    const QVariantMap map = link.toMap();
    return {map[QStringLiteral("x")].toReal(), map[QStringLiteral("y")].toReal(),
            map[QStringLiteral("width")].toReal(), map[QStringLiteral("height")].toReal()};
}

} // namespace

void TextLinksTest::everyLinkOnceInReadingOrder()
{
    QTextDocument text;
    text.setMarkdown(QStringLiteral("# Title\n\nThe [**learning** rate](glossary:learning-rate) and "
                                    "[a page](https://example.invalid/)[next](glossary:next).\n\n"
                                    "- a list with [one more](glossary:more)\n"));
    text.setTextWidth(600);
    const QVariantList links = TextLinks::inDocument(&text);
    QCOMPARE(links.size(), 4);
    const QStringList hrefs{"glossary:learning-rate", "https://example.invalid/", "glossary:next", "glossary:more"};
    const QStringList words{"learning rate", "a page", "next", "one more"};
    for (int i = 0; i < links.size(); ++i) {
        QCOMPARE(links[i].toMap()[QStringLiteral("href")].toString(), hrefs[i]);
        QCOMPARE(links[i].toMap()[QStringLiteral("text")].toString(), words[i]);
    }
}

void TextLinksTest::eachFrameLiesOverItsLink()
{
    QTextDocument text;
    text.setMarkdown(QStringLiteral("Gradient descent needs a [learning rate](glossary:learning-rate), "
                                    "a [loss function](glossary:loss-function) and patience."));
    text.setTextWidth(220);
    for (const QVariant &link : TextLinks::inDocument(&text)) {
        const QRectF frame = frameOf(link);
        QVERIFY(frame.width() > 10 && frame.height() > 5);
        QVERIFY2(frame.right() <= 220.5, qPrintable(QString::number(frame.right())));
        const QString under = text.documentLayout()->anchorAt(frame.center());
        QCOMPARE(under, link.toMap()[QStringLiteral("href")].toString());
    }
}

void TextLinksTest::aWrappedLinkIsFramedWhereItStarts()
{
    QTextDocument text;
    text.setMarkdown(QStringLiteral("Words before the link [a link long enough to wrap onto the next line](glossary:long)"));
    text.setTextWidth(160);
    const QVariantList links = TextLinks::inDocument(&text);
    QCOMPARE(links.size(), 1);
    const QRectF frame = frameOf(links[0]);
    const QRectF whole = text.documentLayout()->blockBoundingRect(text.begin());
    QVERIFY2(frame.height() < whole.height() / 2, "one line, not the whole wrapped link");
    QVERIFY(frame.right() <= 160.5);
    QCOMPARE(text.documentLayout()->anchorAt(frame.center()), QStringLiteral("glossary:long"));
}

void TextLinksTest::noLinksNoStops()
{
    QTextDocument text;
    text.setMarkdown(QStringLiteral("# Plain\n\nNo links here, only `code` and **bold**."));
    QVERIFY(TextLinks::inDocument(&text).isEmpty());
    QVERIFY(TextLinks::inDocument(nullptr).isEmpty());
}

QTEST_MAIN(TextLinksTest)
#include "tst_text_links.moc"
