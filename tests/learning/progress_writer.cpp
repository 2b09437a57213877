// Test helper for tst_progress_store: records answers into a progress database as
// fast as it can, printing "ack N" after each one the store acknowledged, until it
// is killed, or, given a file size limit (a full disk), until a write is refused:
// then it prints "full: <the store's error>" and exits 3.
// Usage: progress_writer DATABASE ROUND [FILE_SIZE_LIMIT_BYTES]
#include "ProgressStore.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4)
        return 2;
    kobai::learning::ProgressStore store(QString::fromLocal8Bit(argv[1]));
    if (!store.open())
        return 1;
    if (argc == 4) {
        // Past the limit write() fails with EFBIG instead of the process being killed,
        // as a full disk fails with ENOSPC.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlim_t limit = std::strtoull(argv[3], nullptr, 10);
        const rlimit fileSize{limit, limit};
        if (setrlimit(RLIMIT_FSIZE, &fileSize) != 0)
            return 1;
    }
    const QString round = QString::fromLocal8Bit(argv[2]);
    for (int n = 1;; ++n) {
        const kobai::learning::AnswerRecord answer{QStringLiteral("kill"), round + QLatin1Char('-') + QString::number(n),
                                                   QDateTime::currentDateTimeUtc(), n % 3 != 0, 1.5,
                                                   QStringLiteral("response %1").arg(n)};
        if (!store.recordAnswer(answer)) {
            std::printf("full: %s\n", qUtf8Printable(store.lastError()));
            return 3;
        }
        std::printf("ack %d\n", n);
        std::fflush(stdout);
    }
}
