// A learner's typed numbers in either language's habits, and the words an answer is
// recorded with.
#include "practice/LearnerAnswer.h"

#include <QTest>

using kobai::app::learnerResponse;
using kobai::app::parseLearnerNumber;
using kobai::app::responseText;

class LearnerAnswerTest : public QObject
{
    Q_OBJECT

private slots:
    void numbersInBothHabits_data();
    void numbersInBothHabits();
    void notNumbers_data();
    void notNumbers();
    void responsesInWords();
};

void LearnerAnswerTest::numbersInBothHabits_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("value");
    QTest::newRow("point") << "0.5" << 0.5;
    QTest::newRow("decimal comma") << "0,5" << 0.5;
    QTest::newRow("thousands comma") << "31,250" << 31250.0;
    QTest::newRow("millions") << "1,000,000" << 1e6;
    QTest::newRow("spaces group") << "31 250" << 31250.0;
    QTest::newRow("both, point last") << "1,234.5" << 1234.5;
    QTest::newRow("both, comma last") << "1.234,5" << 1234.5;
    QTest::newRow("full-width") << QString::fromUtf8("０．２５") << 0.25;
    QTest::newRow("minus sign") << QString::fromUtf8("−3") << -3.0;
    QTest::newRow("exponent") << "1e-3" << 1e-3;
    QTest::newRow("padded") << "  42 " << 42.0;
    QTest::newRow("leading point") << ".5" << 0.5;
}

void LearnerAnswerTest::numbersInBothHabits()
{
    QFETCH(QString, typed);
    QFETCH(double, value);
    const std::optional<double> read = parseLearnerNumber(typed);
    QVERIFY2(read, qPrintable(typed));
    QCOMPARE(*read, value);
}

void LearnerAnswerTest::notNumbers_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("empty") << "";
    QTest::newRow("words") << "half";
    QTest::newRow("two numbers") << "1,2,3";
    QTest::newRow("trailing text") << "3 epochs";
    QTest::newRow("two points") << "1.2.3";
}

void LearnerAnswerTest::notNumbers()
{
    QFETCH(QString, typed);
    QVERIFY(!parseLearnerNumber(typed));
}

void LearnerAnswerTest::responsesInWords()
{
    kobai::config::Question multiple;
    multiple.kind = kobai::config::Question::Kind::Multiple;
    multiple.choices = {{"ア", "A"}, {"イ", "B"}, {"ウ", "C"}};
    multiple.answers = {0, 2};
    const kobai::config::Response picked = learnerResponse(multiple, {0, 2}, {});
    QVERIFY(kobai::config::isCorrect(multiple, picked));
    QCOMPARE(responseText(multiple, picked), QStringLiteral("A | C"));

    kobai::config::Question code;
    code.kind = kobai::config::Question::Kind::FillCode;
    code.blankChoices = {{"lr", "momentum"}, {"w", "g"}};
    code.answers = {0, 1};
    const kobai::config::Response filled = learnerResponse(code, {0, -1}, {});
    QVERIFY(!kobai::config::isCorrect(code, filled));
    QCOMPARE(responseText(code, filled), QStringLiteral("lr | (empty)"));

    kobai::config::Question number;
    number.kind = kobai::config::Question::Kind::Number;
    number.answer = 2.5;
    number.tolerance = 0.01;
    const kobai::config::Response typed = learnerResponse(number, {}, QStringLiteral("2,5"));
    QVERIFY(kobai::config::isCorrect(number, typed));
    QCOMPARE(responseText(number, typed), QStringLiteral("2.5"));
}

QTEST_GUILESS_MAIN(LearnerAnswerTest)
#include "tst_learner_answer.moc"
