// Test helper for tst_progress_store: one Kōbai's progress store in a process of its own.
// It opens DATABASE and prints "open writable" or "open read-only: KIND DETAIL" (KIND as
// StoreNotice::kindName()), then records answers as fast as it can, printing "ack N"
// after each one the store acknowledged and "refused N: <the store's error>" after each
// it refused. Without --count it goes on until killed, or until a write is refused
// (a full disk): then it exits 3.
// Usage: progress_writer DATABASE ROUND [--count N] [--fsize BYTES] [--import FILE]
//                        [--busy-ms MS] [--as-nobody]
//   --fsize    RLIMIT_FSIZE: past it write() fails with EFBIG, as a full disk fails with ENOSPC
//   --import   imports FILE first, printing "importing" before and "imported" or
//              "import failed: <problem>" after
//   --busy-ms  how long a write waits for another connection's transaction
//   --as-nobody  drops root to uid/gid 65534 first, so file permissions bind
#include "progress/ProgressStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    int count = 0;
    int busyMs = kobai::progress::ProgressStore::defaultBusyTimeoutMs;
    QString importFile;
    for (qsizetype i = 3; i < args.size(); ++i) {
        const QString &option = args[i];
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (option == QLatin1String("--as-nobody")) {
            if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
                return 2;
            continue;
        }
        ++i;
        if (option == QLatin1String("--count")) {
            count = value.toInt();
        } else if (option == QLatin1String("--busy-ms")) {
            busyMs = value.toInt();
        } else if (option == QLatin1String("--import")) {
            importFile = value;
        } else if (option == QLatin1String("--fsize")) {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlim_t limit = value.toULongLong();
            const rlimit fileSize{limit, limit};
            if (setrlimit(RLIMIT_FSIZE, &fileSize) != 0)
                return 2;
        } else {
            return 2;
        }
    }
    kobai::progress::ProgressStore store(args[1], busyMs);
    store.open(); // a store that did not open refuses every answer below, saying why
    say(store.isWritable() ? QStringLiteral("open writable")
                           : QStringLiteral("open read-only: %1 %2").arg(store.notice().kindName(), store.notice().detail));
    if (!importFile.isEmpty()) {
        QFile in(importFile);
        if (!in.open(QIODevice::ReadOnly))
            return 2;
        const QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
        say(QStringLiteral("importing"));
        QString problem;
        say(store.importJson(json, &problem) ? QStringLiteral("imported") : QStringLiteral("import failed: ") + problem);
    }
    const QString round = args[2];
    for (int n = 1; count == 0 || n <= count; ++n) {
        const kobai::progress::AnswerRecord answer{QStringLiteral("kill"), round + QLatin1Char('-') + QString::number(n),
                                                   QDateTime::currentDateTimeUtc(), n % 3 != 0, 1.5,
                                                   QStringLiteral("response %1").arg(n)};
        if (store.recordAnswer(answer)) {
            say(QStringLiteral("ack %1").arg(n));
            continue;
        }
        say(QStringLiteral("refused %1: %2").arg(n).arg(store.lastError()));
        if (count == 0)
            return 3;
    }
    return 0;
}
