// No source file under src/ or qml/ is longer than 400 lines: a longer one does more
// than one job (issue 14), and is split by job before it grows further.
#include "SourceFiles.h"

#include <QTest>

class SourceLengths : public QObject {
    Q_OBJECT
private slots:
    void noFileIsLongerThanTheLimit()
    {
        constexpr int limit = 400;
        int files = 0;
        QStringList tooLong;
        for (const auto &[path, read, text] : sourceFiles()) {
            QVERIFY2(read, qPrintable(path));
            ++files;
            const qsizetype lines = text.count('\n');
            if (lines > limit)
                tooLong << QStringLiteral("%1: %2 lines").arg(path).arg(lines);
        }
        QVERIFY(files > 100);
        QVERIFY2(tooLong.isEmpty(), qPrintable(QStringLiteral("longer than %1 lines, split by job: ").arg(limit)
                                               + tooLong.join(QStringLiteral("; "))));
    }
};

QTEST_APPLESS_MAIN(SourceLengths)
#include "tst_source_lengths.moc"
