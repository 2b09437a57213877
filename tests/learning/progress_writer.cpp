// Test helper for tst_progress_store: records answers into a progress database as
// fast as it can, printing "ack N" after each one the store acknowledged, until it
// is killed. Usage: progress_writer DATABASE ROUND
#include "ProgressStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    kobai::learning::ProgressStore store(QString::fromLocal8Bit(argv[1]));
    if (!store.open())
        return 1;
    const QString round = QString::fromLocal8Bit(argv[2]);
    for (int n = 1;; ++n) {
        const kobai::learning::AnswerRecord answer{QStringLiteral("kill"), round + QLatin1Char('-') + QString::number(n),
                                                   QDateTime::currentDateTimeUtc(), n % 3 != 0, 1.5,
                                                   QStringLiteral("response %1").arg(n)};
        if (!store.recordAnswer(answer))
            return 1;
        std::printf("ack %d\n", n);
        std::fflush(stdout);
    }
}
