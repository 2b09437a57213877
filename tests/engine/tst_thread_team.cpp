// The thread team: every part of every run is done exactly once, the caller gets
// control back only when all are done, and a team of one runs on the caller alone.
#include "core/ThreadTeam.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace kobai;

class ThreadTeamTest : public QObject {
    Q_OBJECT
private slots:
    void everyPartOnceInEveryRun_data();
    void everyPartOnceInEveryRun();
    void teamOfOneRunsOnTheCaller();
    void sharesCoverTheRangeInAlignedPieces();
};

void ThreadTeamTest::everyPartOnceInEveryRun_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("1") << 1;
    QTest::newRow("2") << 2;
    QTest::newRow("3 (more than this machine's cores)") << 3;
}

void ThreadTeamTest::everyPartOnceInEveryRun()
{
    QFETCH(int, threads);
    ThreadTeam team(threads);
    QCOMPARE(team.size(), threads);
    const int runs = 20000; // many short runs: late-waking helpers must not join a newer run
    std::vector<int> calls(static_cast<std::size_t>(threads), 0);
    for (int run = 0; run < runs; ++run) {
        team.run([&](int part) { ++calls[static_cast<std::size_t>(part)]; });
        for (int part = 0; part < threads; ++part)
            QCOMPARE(calls[static_cast<std::size_t>(part)], run + 1);
    }
}

void ThreadTeamTest::teamOfOneRunsOnTheCaller()
{
    ThreadTeam team(1);
    std::thread::id where;
    team.run([&](int part) {
        QCOMPARE(part, 0);
        where = std::this_thread::get_id();
    });
    QCOMPARE(where, std::this_thread::get_id());
}

void ThreadTeamTest::sharesCoverTheRangeInAlignedPieces()
{
    ThreadTeam team(2);
    QCOMPARE(team.share(784, 0, 4), (std::pair<std::ptrdiff_t, std::ptrdiff_t>{0, 392}));
    QCOMPARE(team.share(784, 1, 4), (std::pair<std::ptrdiff_t, std::ptrdiff_t>{392, 392}));
    QCOMPARE(team.share(10, 0, 4), (std::pair<std::ptrdiff_t, std::ptrdiff_t>{0, 4}));
    QCOMPARE(team.share(10, 1, 4), (std::pair<std::ptrdiff_t, std::ptrdiff_t>{4, 6}));
    QCOMPARE(team.share(3, 0, 4), (std::pair<std::ptrdiff_t, std::ptrdiff_t>{0, 0}));
    QCOMPARE(team.share(3, 1, 4), (std::pair<std::ptrdiff_t, std::ptrdiff_t>{0, 3}));
}

QTEST_GUILESS_MAIN(ThreadTeamTest)
#include "tst_thread_team.moc"
