// Whether a response answers a question: every kind, with the edges a learner reaches.
#include "Question.h"

#include <QTest>

#include <limits>

using namespace kobai::config;

namespace {

Question withKind(Question::Kind kind, QList<int> answers = {})
{
    Question question;
    question.kind = kind;
    question.answers = std::move(answers);
    return question;
}

} // namespace

class QuestionScoring : public QObject {
    Q_OBJECT
private slots:
    void choices_data();
    void choices();
    void numbers_data();
    void numbers();
};

void QuestionScoring::choices_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<QList<int>>("chosen");
    QTest::addColumn<bool>("correct");
    const auto single = static_cast<int>(Question::Kind::Single);
    const auto multiple = static_cast<int>(Question::Kind::Multiple);
    const auto code = static_cast<int>(Question::Kind::FillCode);
    const auto curve = static_cast<int>(Question::Kind::ReadCurve);
    QTest::newRow("single right") << single << QList<int>{2} << QList<int>{2} << true;
    QTest::newRow("single wrong") << single << QList<int>{2} << QList<int>{1} << false;
    QTest::newRow("single unanswered") << single << QList<int>{2} << QList<int>{} << false;
    QTest::newRow("single with two chosen") << single << QList<int>{2} << QList<int>{2, 1} << false;
    QTest::newRow("multiple in any order") << multiple << QList<int>{0, 3} << QList<int>{3, 0} << true;
    QTest::newRow("multiple missing one") << multiple << QList<int>{0, 3} << QList<int>{0} << false;
    QTest::newRow("multiple one too many") << multiple << QList<int>{0, 3} << QList<int>{0, 1, 3} << false;
    QTest::newRow("code every blank") << code << QList<int>{1, 0} << QList<int>{1, 0} << true;
    QTest::newRow("code blanks swapped") << code << QList<int>{1, 0} << QList<int>{0, 1} << false;
    QTest::newRow("code a blank left") << code << QList<int>{1, 0} << QList<int>{1} << false;
    QTest::newRow("curve right") << curve << QList<int>{0} << QList<int>{0} << true;
    QTest::newRow("curve wrong") << curve << QList<int>{0} << QList<int>{3} << false;
}

void QuestionScoring::choices()
{
    QFETCH(int, kind);
    QFETCH(QList<int>, answers);
    QFETCH(QList<int>, chosen);
    QFETCH(bool, correct);
    QCOMPARE(isCorrect(withKind(static_cast<Question::Kind>(kind), answers), Response{chosen, std::nullopt}), correct);
}

void QuestionScoring::numbers_data()
{
    QTest::addColumn<double>("answer");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<double>("given");
    QTest::addColumn<bool>("correct");
    QTest::newRow("exact count") << 31250.0 << 0.0 << 31250.0 << true;
    QTest::newRow("count off by one") << 31250.0 << 0.0 << 31251.0 << false;
    // One Adam step by hand: 0.1 = 0.3 − 0.2 is not exact in binary; the answer still counts.
    QTest::newRow("decimal answer") << 0.1 << 0.0 << (0.3 - 0.2) << true;
    QTest::newRow("inside tolerance") << -6.99 << 0.005 << -6.994 << true;
    QTest::newRow("on the tolerance") << 2.0 << 0.01 << 2.01 << true;
    QTest::newRow("outside tolerance") << -6.99 << 0.005 << -6.996 << false;
    QTest::newRow("NaN") << 1.0 << 10.0 << std::numeric_limits<double>::quiet_NaN() << false;
    QTest::newRow("infinity") << 1.0 << 1e300 << std::numeric_limits<double>::infinity() << false;
}

void QuestionScoring::numbers()
{
    QFETCH(double, answer);
    QFETCH(double, tolerance);
    QFETCH(double, given);
    QFETCH(bool, correct);
    Question question = withKind(Question::Kind::Number);
    question.answer = answer;
    question.tolerance = tolerance;
    QCOMPARE(isCorrect(question, Response{{}, given}), correct);
    QVERIFY(!isCorrect(question, Response{}));
}

QTEST_GUILESS_MAIN(QuestionScoring)
#include "tst_question_scoring.moc"
