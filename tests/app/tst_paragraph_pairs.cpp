// Side-by-side reading: Markdown cut into blocks (headings alone, code fences whole)
// and the two languages paired in order; and every shipped lesson pairs without a
// heading landing next to a paragraph.
#include "reading/ParagraphPairs.h"

#include <QDir>
#include <QFile>
#include <QTest>

using kobai::app::markdownBlocks;
using kobai::app::pairParagraphs;

class ParagraphPairsTest : public QObject
{
    Q_OBJECT

private slots:
    void blocksSplitAtBlankLinesAndHeadings();
    void codeFencesStayWhole();
    void extraBlocksPairWithNothing();
    void shippedLessonsPairHeadingWithHeading();
};

void ParagraphPairsTest::blocksSplitAtBlankLinesAndHeadings()
{
    const QStringList blocks = markdownBlocks(QStringLiteral("# Title\nFirst line\nsecond line\n\n\n- a\n- b\n## Next\n| a | b |\n|---|---|\n"));
    QCOMPARE(blocks, (QStringList{"# Title", "First line\nsecond line", "- a\n- b", "## Next", "| a | b |\n|---|---|"}));
}

void ParagraphPairsTest::codeFencesStayWhole()
{
    const QStringList blocks = markdownBlocks(QStringLiteral("Before\n```python\nx = 1\n\n# not a heading\ny = 2\n```\nAfter"));
    QCOMPARE(blocks, (QStringList{"Before", "```python\nx = 1\n\n# not a heading\ny = 2\n```", "After"}));
}

void ParagraphPairsTest::extraBlocksPairWithNothing()
{
    const auto pairs = pairParagraphs(QStringLiteral("# 題\n\n本文"), QStringLiteral("# Title\n\nText\n\nMore"));
    QCOMPARE(pairs.size(), 3);
    QCOMPARE(pairs[0].ja, QStringLiteral("# 題"));
    QCOMPARE(pairs[0].en, QStringLiteral("# Title"));
    QCOMPARE(pairs[1].ja, QStringLiteral("本文"));
    QCOMPARE(pairs[2].ja, QString());
    QCOMPARE(pairs[2].en, QStringLiteral("More"));
}

void ParagraphPairsTest::shippedLessonsPairHeadingWithHeading()
{
    const QDir lessons(QStringLiteral(KOBAI_SOURCE_DIR "/lessons"));
    int checked = 0;
    for (const QString &folder : lessons.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile ja(lessons.filePath(folder + "/text.ja.md"));
        QFile en(lessons.filePath(folder + "/text.en.md"));
        if (!ja.open(QIODevice::ReadOnly) || !en.open(QIODevice::ReadOnly))
            continue;
        const auto pairs = pairParagraphs(QString::fromUtf8(ja.readAll()), QString::fromUtf8(en.readAll()));
        int headings = 0;
        for (const auto &pair : pairs) {
            const bool jaHeading = pair.ja.startsWith(QLatin1Char('#'));
            const bool enHeading = pair.en.startsWith(QLatin1Char('#'));
            QVERIFY2(jaHeading == enHeading,
                     qPrintable(QStringLiteral("%1: %2 | %3").arg(folder, pair.ja.left(40), pair.en.left(40))));
            headings += jaHeading && enHeading;
        }
        QVERIFY2(headings > 0, qPrintable(folder));
        ++checked;
    }
    QVERIFY(checked > 0);
}

QTEST_GUILESS_MAIN(ParagraphPairsTest)
#include "tst_paragraph_pairs.moc"
