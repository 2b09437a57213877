// Exam practice's choice and order of questions: filters, finished lessons first,
// review in the store's most-overdue-first order.
#include "practice/PracticeOrder.h"

#include <QTest>

using kobai::app::PracticeEntry;
using kobai::app::PracticeFilter;

namespace {
const QList<PracticeEntry> all{
    {"bgd", 2, "b1", "sgd-minibatch", "single", 1},
    {"bgd", 2, "b2", "batch-size", "number", 2},
    {"lr", 3, "l1", "learning-rate", "read_curve", 1},
    {"lr", 3, "l2", "learning-rate", "fill_code", 3},
    {"over", 8, "o1", "early-stopping", "multiple", 2},
};

QStringList ids(const QList<PracticeEntry> &entries)
{
    QStringList out;
    for (const PracticeEntry &entry : entries)
        out << entry.questionId;
    return out;
}
} // namespace

class PracticeOrderTest : public QObject
{
    Q_OBJECT

private slots:
    void lessonOrderWithoutProgress() { QCOMPARE(ids(practiceOrder(all, {}, {})), (QStringList{"b1", "b2", "l1", "l2", "o1"})); }

    void finishedLessonsFirst()
    {
        QCOMPARE(ids(practiceOrder(all, {}, {"over", "lr"})), (QStringList{"l1", "l2", "o1", "b1", "b2"}));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QString>("syllabus");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("difficulty");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("lesson") << "lr" << "" << "" << 0 << QStringList{"l1", "l2"};
        QTest::newRow("syllabus") << "" << "learning-rate" << "" << 0 << QStringList{"l1", "l2"};
        QTest::newRow("kind") << "" << "" << "number" << 0 << QStringList{"b2"};
        QTest::newRow("difficulty") << "" << "" << "" << 2 << QStringList{"b2", "o1"};
        QTest::newRow("together") << "lr" << "" << "" << 3 << QStringList{"l2"};
        QTest::newRow("nothing") << "bgd" << "learning-rate" << "" << 0 << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, lesson);
        QFETCH(QString, syllabus);
        QFETCH(QString, kind);
        QFETCH(int, difficulty);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(practiceOrder(all, PracticeFilter{lesson, syllabus, kind, difficulty}, {})), expected);
    }

    void reviewKeepsTheDueOrder()
    {
        const QList<QPair<QString, QString>> due{{"over", "o1"}, {"gone", "x"}, {"bgd", "b2"}, {"lr", "l1"}};
        QCOMPARE(ids(reviewOrder(all, {}, due)), (QStringList{"o1", "b2", "l1"}));
        QCOMPARE(ids(reviewOrder(all, PracticeFilter{"", "", "", 2}, due)), (QStringList{"o1", "b2"}));
    }
};

QTEST_GUILESS_MAIN(PracticeOrderTest)
#include "tst_practice_order.moc"
