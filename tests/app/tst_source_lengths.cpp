// No source file under src/ or qml/ is longer than 400 lines: a longer one does more
// than one job (issue 14), and is split by job before it grows further.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

class SourceLengths : public QObject {
    Q_OBJECT
private slots:
    void noFileIsLongerThanTheLimit()
    {
        constexpr int limit = 400;
        const QDir root(QStringLiteral(KOBAI_SOURCE_DIR));
        int files = 0;
        QStringList tooLong;
        for (const QString &folder : {QStringLiteral("src"), QStringLiteral("qml")}) {
            QDirIterator it(root.filePath(folder), {"*.h", "*.cpp", "*.qml", "*.js"}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                ++files;
                const qsizetype lines = file.readAll().count('\n');
                const QString path = root.relativeFilePath(file.fileName());
                if (lines > limit)
                    tooLong << QStringLiteral("%1: %2 lines").arg(path).arg(lines);
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(tooLong.isEmpty(), qPrintable(QStringLiteral("longer than %1 lines, split by job: ").arg(limit)
                                               + tooLong.join(QStringLiteral("; "))));
    }
};

QTEST_APPLESS_MAIN(SourceLengths)
#include "tst_source_lengths.moc"
