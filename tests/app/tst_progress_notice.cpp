// What the window is told about the progress file (Progress, read by ProgressNotice.qml
// and QuestionCard.qml): a damaged or newer file is named where it was kept, a folder
// that cannot be written says nothing will be saved, and every later save says it failed.
#include "Progress.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using kobai::app::Progress;

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

/// A progress database whose schema is newer than this program's.
void writeNewerDatabase(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE answer (id INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
}

kobai::learning::AnswerRecord anAnswer()
{
    kobai::learning::AnswerRecord answer;
    answer.lessonId = QStringLiteral("gradient-descent");
    answer.questionId = QStringLiteral("q1");
    answer.answeredAt = QDateTime::currentDateTimeUtc();
    answer.correct = true;
    answer.response = QStringLiteral("choice 2");
    return answer;
}

} // namespace

class ProgressNoticeTest : public QObject {
    Q_OBJECT
private slots:
    void damagedOrNewerFileIsNamedWhereItWasKept_data();
    void damagedOrNewerFileIsNamedWhereItWasKept();
    void unwritableFolderSaysNothingIsSaved();
};

void ProgressNoticeTest::damagedOrNewerFileIsNamedWhereItWasKept_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("notice");
    QTest::newRow("zero bytes") << "empty" << "damaged";
    QTest::newRow("random bytes") << "random" << "damaged";
    QTest::newRow("newer schema") << "newer" << "newer";
}

void ProgressNoticeTest::damagedOrNewerFileIsNamedWhereItWasKept()
{
    QFETCH(QString, damage);
    QFETCH(QString, notice);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    if (damage == QLatin1String("empty"))
        writeBytes(path, {});
    else if (damage == QLatin1String("random"))
        writeBytes(path, QByteArray("\x5e\xa1\x07\xff not SQLite at all \x00\x13", 24).repeated(200));
    else
        writeNewerDatabase(path);
    const QByteArray before = readAll(path);

    Progress progress(path);
    QCOMPARE(progress.notice(), notice);
    QVERIFY(progress.saving()); // a new file was started
    // The kept file is named, lies beside the new one and holds what was there.
    const QString kept = progress.keptAsideAs();
    QVERIFY2(kept.startsWith(dir.filePath(QStringLiteral("progress.%1-").arg(notice))), qPrintable(kept));
    QVERIFY(kept.endsWith(QLatin1String(".sqlite")));
    QCOMPARE(readAll(kept), before);
    QVERIFY2(progress.recordAnswer(anAnswer()), qPrintable(progress.store().lastError()));
    QVERIFY(progress.setLessonDone(QStringLiteral("gradient-descent"), true));
}

void ProgressNoticeTest::unwritableFolderSaysNothingIsSaved()
{
    QTemporaryDir dir;
    writeBytes(dir.filePath(QStringLiteral("a-file")), "not a folder");
    // A path under a regular file cannot be written, even by root.
    Progress progress(dir.filePath(QStringLiteral("a-file/progress.sqlite")));
    QCOMPARE(progress.notice(), QStringLiteral("cannotWrite"));
    QVERIFY(!progress.saving());
    QVERIFY(!progress.noticeDetail().isEmpty());
    // Each answer then reports it was not saved (QuestionCard shows "(not saved)").
    QVERIFY(!progress.recordAnswer(anAnswer()));
    QVERIFY(!progress.setLessonDone(QStringLiteral("gradient-descent"), true));
    QCOMPARE(progress.answerCount(), 0);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("a-file"))), QByteArray("not a folder"));
}

QTEST_GUILESS_MAIN(ProgressNoticeTest)
#include "tst_progress_notice.moc"
