// Spaced review and the timed mock exam, with the clock passed in.
#include "practice/LeitnerSchedule.h"
#include "practice/MockExam.h"

#include <QTest>

using namespace kobai::practice;

namespace {

const QDateTime t0 = QDateTime::fromString("2026-11-24T09:00:00.000Z", Qt::ISODateWithMs);

} // namespace

class LeitnerAndMockExam : public QObject {
    Q_OBJECT
private slots:
    void rightAnswersClimbAndWaitLonger();
    void aWrongAnswerGoesBackToBoxOneAndReturnsSoon();
    void theTopBoxHolds();
    void mockExamCountsOnlyAnswersInTime();
    void mockExamScoresBySyllabus();
    void mockExamAnswersStayOpenUntilHandedIn();
    void mockExamAnswerCanBeWithdrawn();
};

void LeitnerAndMockExam::rightAnswersClimbAndWaitLonger()
{
    ReviewState state;
    qint64 previousWait = 0;
    for (int box = 2; box <= LeitnerSchedule::boxes; ++box) {
        state = LeitnerSchedule::afterAnswer(state, true, t0);
        QCOMPARE(state.box, box);
        const qint64 wait = t0.secsTo(state.due);
        QVERIFY2(wait > previousWait, qPrintable(QString("box %1 waits %2 s").arg(box).arg(wait)));
        previousWait = wait;
    }
    QCOMPARE(t0.secsTo(LeitnerSchedule::afterAnswer({}, true, t0).due), 86400); // box 2: tomorrow
}

void LeitnerAndMockExam::aWrongAnswerGoesBackToBoxOneAndReturnsSoon()
{
    const ReviewState high{4, t0};
    const ReviewState after = LeitnerSchedule::afterAnswer(high, false, t0);
    QCOMPARE(after.box, 1);
    QCOMPARE(t0.secsTo(after.due), 600); // again in ten minutes, the same sitting
}

void LeitnerAndMockExam::theTopBoxHolds()
{
    const ReviewState top{LeitnerSchedule::boxes, t0};
    const ReviewState after = LeitnerSchedule::afterAnswer(top, true, t0);
    QCOMPARE(after.box, LeitnerSchedule::boxes);
    QCOMPARE(t0.secsTo(after.due), 16 * 86400);
}

void LeitnerAndMockExam::mockExamCountsOnlyAnswersInTime()
{
    MockExam exam({{"l", "a", "momentum"}, {"l", "b", "momentum"}, {"l", "c", "learning-rate"}}, 24 * 60, t0);
    QCOMPARE(exam.secondsLeft(t0), 1440);
    QVERIFY(exam.answer(0, false, t0.addSecs(60)));
    QVERIFY(exam.answer(0, true, t0.addSecs(61))); // changed: the new answer counts
    QCOMPARE(exam.secondsLeft(t0.addSecs(1000)), 440);
    QVERIFY(exam.answer(1, true, t0.addSecs(1439)));
    QVERIFY(!exam.isOver(t0.addSecs(1439)));
    QVERIFY(exam.isOver(t0.addSecs(1440)));
    QVERIFY(!exam.answer(2, true, t0.addSecs(1441))); // too late
    QCOMPARE(exam.secondsLeft(t0.addSecs(5000)), 0);
    QCOMPARE(exam.answered(), 2);
    QCOMPARE(exam.right(), 2);
}

void LeitnerAndMockExam::mockExamScoresBySyllabus()
{
    MockExam exam({{"l", "a", "momentum"}, {"l", "b", "momentum"}, {"l", "c", "learning-rate"}}, 600, t0);
    exam.answer(0, true, t0);
    exam.answer(1, false, t0);
    const QMap<QString, AreaScore> scores = exam.scoreBySyllabus();
    QCOMPARE(scores["momentum"].right, 1);
    QCOMPARE(scores["momentum"].asked, 2);
    QCOMPARE(scores["learning-rate"].right, 0);
    QCOMPARE(scores["learning-rate"].asked, 1); // unanswered still counts as asked
}

void LeitnerAndMockExam::mockExamAnswersStayOpenUntilHandedIn()
{
    MockExam exam({{"l", "a", "momentum"}, {"l", "b", "momentum"}}, 600, t0);
    QVERIFY(exam.answer(0, false, t0.addSecs(5)));
    QVERIFY(exam.answer(1, true, t0.addSecs(6)));
    QVERIFY2(!exam.isOver(t0.addSecs(7)), "every question answered, yet still open to change");
    QVERIFY(exam.answer(0, true, t0.addSecs(8)));
    QCOMPARE(exam.right(), 2);
    QCOMPARE(exam.unanswered(), 0);
    exam.handIn();
    QVERIFY(exam.isHandedIn());
    QVERIFY(exam.isOver(t0.addSecs(9)));
    QCOMPARE(exam.secondsLeft(t0.addSecs(9)), 0);
    QVERIFY(!exam.answer(0, false, t0.addSecs(10))); // handed in: final
    QVERIFY(exam.isRight(0));
    QVERIFY(!exam.answer(7, true, t0)); // no such item
}

void LeitnerAndMockExam::mockExamAnswerCanBeWithdrawn()
{
    MockExam exam({{"l", "a", "momentum"}, {"l", "b", "learning-rate"}}, 600, t0);
    QVERIFY(exam.answer(1, true, t0));
    QVERIFY(exam.isAnswered(1));
    QVERIFY(exam.withdraw(1, t0.addSecs(3))); // the learner cleared the field
    QVERIFY(!exam.isAnswered(1));
    QCOMPARE(exam.unanswered(), 2);
    QCOMPARE(exam.scoreBySyllabus()["learning-rate"].right, 0);
    QVERIFY(exam.answer(1, true, t0.addSecs(4)));
    QVERIFY(!exam.withdraw(1, t0.addSecs(600))); // out of time: the answer stands
    QVERIFY(exam.isAnswered(1));
    QVERIFY(!exam.withdraw(-1, t0));
}

QTEST_GUILESS_MAIN(LeitnerAndMockExam)
#include "tst_leitner_and_mock_exam.moc"
