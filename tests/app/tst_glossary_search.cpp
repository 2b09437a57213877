// Glossary search: a term found by its Japanese, its reading in either kana, its English
// in any width or case, or its definition; and not found by what it does not say.
#include "reading/GlossarySearch.h"

#include <QTest>

using kobai::app::glossaryMatches;

namespace {
kobai::config::GlossaryTerm overfitting()
{
    kobai::config::GlossaryTerm term;
    term.id = QStringLiteral("overfitting");
    term.ja = QStringLiteral("過学習");
    term.reading = QStringLiteral("かがくしゅう");
    term.en = QStringLiteral("over-fitting");
    term.definition = {QStringLiteral("訓練データに過度に適合した状態"), QStringLiteral("Fitting the training data too closely")};
    return term;
}
} // namespace

class GlossarySearchTest : public QObject
{
    Q_OBJECT

private slots:
    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("empty") << "" << true;
        QTest::newRow("kanji") << "過学習" << true;
        QTest::newRow("part of the kanji") << "学習" << true;
        QTest::newRow("hiragana") << "かがく" << true;
        QTest::newRow("katakana") << "カガクシュウ" << true;
        QTest::newRow("english") << "over-fitting" << true;
        QTest::newRow("no hyphen") << "overfitting" << true;
        QTest::newRow("upper case") << "OVERFIT" << true;
        QTest::newRow("full width") << "ｏｖｅｒ" << true;
        QTest::newRow("definition ja") << "訓練データ" << true;
        QTest::newRow("definition en") << "too closely" << true;
        QTest::newRow("other term") << "momentum" << false;
        QTest::newRow("other kana") << "もめんたむ" << false;
    }

    void finds()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        QCOMPARE(glossaryMatches(overfitting(), query), found);
    }
};

QTEST_GUILESS_MAIN(GlossarySearchTest)
#include "tst_glossary_search.moc"
