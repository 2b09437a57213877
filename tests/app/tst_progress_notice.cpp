// What the window is told about the progress file (Progress, read by ProgressNotice.qml
// and QuestionCard.qml): a damaged or newer file is named where it was kept, a folder
// that cannot be written says nothing will be saved, and every later save says it failed;
// a second window on the folder is told it does not save and can retry; exports never
// replace the database; imports run off the GUI thread with progress and cancel.
#include "progress/Progress.h"
#include "ProgressExport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTimer>
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

/// A database made by running `statements` on a new file (a test's own connection).
void writeDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
}

/// An export of largeExportAnswers answers from a month ago, in `dir`; returns its path.
QString writeLargeExport(const QTemporaryDir &dir)
{
    const QString file = dir.filePath(QStringLiteral("export.json"));
    writeBytes(file, QJsonDocument(progressExportOf(largeExportAnswers, QDateTime::currentDateTimeUtc().addDays(-30)))
                         .toJson(QJsonDocument::Compact));
    return file;
}

kobai::progress::AnswerRecord anAnswer()
{
    kobai::progress::AnswerRecord answer;
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
    void secondWindowIsToldAndRetries();
    void wrongTablesAreReportedAtStart();
    void exportOntoTheDatabaseIsRefused();
    void importRunsOffTheGuiThread();
    void importCanBeCancelledFromTheWindow();
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
        writeDatabase(path, {QStringLiteral("CREATE TABLE answer (id INTEGER)"), QStringLiteral("PRAGMA user_version = 99")});
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

void ProgressNoticeTest::secondWindowIsToldAndRetries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    auto first = std::make_unique<Progress>(path);
    QVERIFY(first->saving());
    QVERIFY(first->recordAnswer(anAnswer()));

    Progress second(path);
    QCOMPARE(second.notice(), QStringLiteral("inUse"));
    QVERIFY(!second.saving());
    QCOMPARE(second.answerCount(), 1); // shown, not saved
    QVERIFY(!second.recordAnswer(anAnswer()));
    QVERIFY(!second.setLessonDone(QStringLiteral("gradient-descent"), true));
    QVERIFY(!second.importFrom(QUrl::fromLocalFile(dir.filePath(QStringLiteral("x.json")))).isEmpty());
    QSignalSpy changed(&second, &Progress::storeChanged);
    QVERIFY(!second.retry()); // the first still holds the folder
    QCOMPARE(second.notice(), QStringLiteral("inUse"));

    first.reset();
    QVERIFY(second.retry());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(second.notice(), QString());
    QVERIFY(second.saving());
    QVERIFY(second.recordAnswer(anAnswer()));
    QCOMPARE(second.answerCount(), 2);
}

void ProgressNoticeTest::wrongTablesAreReportedAtStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    writeDatabase(path, {QStringLiteral("CREATE TABLE lesson_done (x INTEGER)"), QStringLiteral("PRAGMA user_version = 2")});
    Progress progress(path);
    QCOMPARE(progress.notice(), QStringLiteral("damaged"));
    QVERIFY2(progress.noticeDetail().contains(QStringLiteral("without Kōbai's tables")), qPrintable(progress.noticeDetail()));
    QVERIFY(QFile::exists(progress.keptAsideAs()));
    QVERIFY(progress.recordAnswer(anAnswer())); // never "(not saved)" for every answer
}

void ProgressNoticeTest::exportOntoTheDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    Progress progress(path);
    QVERIFY(progress.recordAnswer(anAnswer()));
    const QByteArray before = readAll(path);
    for (const QString &target : {path, path + QStringLiteral("-journal"), path + QStringLiteral(".lock"),
                                  dir.filePath(QStringLiteral("./progress.sqlite"))}) {
        const QString problem = progress.exportTo(QUrl::fromLocalFile(target));
        QVERIFY2(problem.contains(QLatin1String("progress database")), qPrintable(target + ": " + problem));
    }
    QCOMPARE(readAll(path), before);
    QVERIFY(progress.recordAnswer(anAnswer())); // still saved
    const QString exported = dir.filePath(QStringLiteral("export.json"));
    QCOMPARE(progress.exportTo(QUrl::fromLocalFile(exported)), QString());
    QCOMPARE(QJsonDocument::fromJson(readAll(exported)).object().value(QStringLiteral("answers")).toArray().size(), 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3); // no temporary file left
}

void ProgressNoticeTest::importRunsOffTheGuiThread()
{
    QTemporaryDir dir;
    Progress progress(dir.filePath(QStringLiteral("progress.sqlite")));
    QVERIFY(progress.recordAnswer(anAnswer()));
    const QString file = writeLargeExport(dir);
    // The event loop keeps turning while the import runs: count the turns of a 10 ms timer.
    int ticks = 0;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start();
    QSignalSpy finished(&progress, &Progress::importFinished);
    QSignalSpy changed(&progress, &Progress::importChanged);
    QSignalSpy answers(&progress, &Progress::answersChanged);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(progress.importFrom(QUrl::fromLocalFile(file)), QString());
    const qint64 returnedAfter = timer.elapsed();
    QVERIFY(progress.importing());
    QCOMPARE(progress.importFrom(QUrl::fromLocalFile(file)), QStringLiteral("An import is already running."));
    QVERIFY(finished.wait(60000));
    const qint64 took = timer.elapsed();
    QCOMPARE(finished.first().first().toString(), QString());
    QVERIFY(!progress.importing());
    QCOMPARE(progress.importDone(), largeExportAnswers);
    QCOMPARE(progress.importTotal(), largeExportAnswers);
    QCOMPARE(progress.answerCount(), largeExportAnswers + 1);
    QCOMPARE(answers.size(), 1);
    qInfo("importFrom returned after %lld ms; %d answers imported in %lld ms, %d timer turns, %lld progress signals",
          static_cast<long long>(returnedAfter), largeExportAnswers, static_cast<long long>(took), ticks,
          static_cast<long long>(changed.size()));
    QVERIFY2(returnedAfter < 100, "importFrom only starts the worker");
    QVERIFY2(ticks >= took / 10 / 4, "the GUI thread kept running its events during the import");
    QVERIFY2(changed.size() <= took / 30 + 4, "progress reaches the window at most ~30 times a second");
}

void ProgressNoticeTest::importCanBeCancelledFromTheWindow()
{
    QTemporaryDir dir;
    Progress progress(dir.filePath(QStringLiteral("progress.sqlite")));
    QVERIFY(progress.recordAnswer(anAnswer()));
    const QString file = writeLargeExport(dir);
    QSignalSpy finished(&progress, &Progress::importFinished);
    QCOMPARE(progress.importFrom(QUrl::fromLocalFile(file)), QString());
    progress.cancelImport();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toString().contains(QLatin1String("cancelled")),
             qPrintable(finished.first().first().toString()));
    QCOMPARE(progress.answerCount(), 1); // nothing of it stays
    QVERIFY(progress.lessonsDone().isEmpty());
    QVERIFY(progress.recordAnswer(anAnswer()));
}

QTEST_GUILESS_MAIN(ProgressNoticeTest)
#include "tst_progress_notice.moc"
