// The engine links Eigen only: no Qt header may appear under src/engine.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class EngineIsQtFree : public QObject {
    Q_OBJECT
private slots:
    void noQtIncludes()
    {
        // Spelled without a literal hash-include so that moc does not read it as one.
        const QRegularExpression qtInclude(QStringLiteral("^\\s*#\\s*") + QStringLiteral("include\\s*[<\"]Q"),
                                           QRegularExpression::MultilineOption);
        QDirIterator it(QStringLiteral(KOBAI_SOURCE_DIR "/src/engine"), {"*.h", "*.cpp"}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            QVERIFY2(!qtInclude.match(QString::fromUtf8(file.readAll())).hasMatch(), qPrintable(file.fileName()));
        }
        QVERIFY(files > 10);
    }
};

QTEST_APPLESS_MAIN(EngineIsQtFree)
#include "tst_engine_is_qt_free.moc"
