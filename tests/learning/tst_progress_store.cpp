// The progress database: answers survive, a killed write loses nothing acknowledged,
// damaged or newer files are kept aside (never silently reset), schema 1 migrates
// with every answer, and progress moves between machines as JSON.
#include "ProgressStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace kobai::learning;

namespace {

const QDateTime t0 = QDateTime::fromString("2026-11-24T09:00:00.000Z", Qt::ISODateWithMs);

AnswerRecord answer(const QString &question, int minute, bool correct)
{
    return {"lesson", question, t0.addSecs(60 * minute), correct, 12.5, "choice 2"};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Runs SQL on a database file through a connection of the test's own.
void execOn(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "test-setup");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("test-setup");
}

} // namespace

class ProgressStoreTest : public QObject {
    Q_OBJECT
private slots:
    void answersAndLessonsPersist();
    void answersMoveLeitnerBoxes();
    void damagedOrNewerFilesAreKeptAside_data();
    void damagedOrNewerFilesAreKeptAside();
    void schemaOneMigratesWithEveryAnswer();
    void folderThatCannotBeWrittenIsReported();
    void exportAndImportRoundTrip();
    void importRefusesWhatIsNotAnExport();
    void killedWritesNeverLoseAnAcknowledgedAnswer();
    void aFullDiskRefusesTheWriteAndLosesNothing();
};

void ProgressStoreTest::answersAndLessonsPersist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sub/progress.sqlite");
    {
        ProgressStore store(path);
        QVERIFY(store.open(t0));
        QCOMPARE(store.notice().kind, StoreNotice::Kind::None);
        QVERIFY(store.markLessonDone("bgd-sgd-minibatch", t0));
        QVERIFY(store.markLessonDone("bgd-sgd-minibatch", t0.addSecs(5))); // once is enough
        QVERIFY(store.markLessonDone("learning-rate", t0));
        QVERIFY(store.markLessonNotDone("learning-rate")); // unticked again
        QVERIFY(store.recordAnswer(answer("q1", 1, true)));
        QVERIFY(store.recordAnswer(answer("q2", 2, false)));
    }
    ProgressStore again(path);
    QVERIFY(again.open(t0));
    QCOMPARE(again.lessonsDone(), QStringList{"bgd-sgd-minibatch"});
    const QList<AnswerRecord> answers = again.answers();
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0].questionId, QStringLiteral("q1"));
    QCOMPARE(answers[0].answeredAt, t0.addSecs(60));
    QVERIFY(answers[0].correct);
    QVERIFY(!answers[1].correct);
    QCOMPARE(answers[1].seconds, 12.5);
    QCOMPARE(answers[1].response, QStringLiteral("choice 2"));
}

void ProgressStoreTest::answersMoveLeitnerBoxes()
{
    QTemporaryDir dir;
    ProgressStore store(dir.filePath("p.sqlite"));
    QVERIFY(store.open(t0));
    QVERIFY(!store.review("lesson", "q1"));
    store.recordAnswer(answer("q1", 0, true));
    store.recordAnswer(answer("q1", 1, true));
    QCOMPARE(store.review("lesson", "q1")->box, 3);
    store.recordAnswer(answer("q2", 2, false));
    QCOMPARE(store.review("lesson", "q2")->box, 1);
    // Ten minutes after the wrong answer q2 is due; q1 waits three days.
    QVERIFY(store.dueForReview(t0.addSecs(60 * 5)).isEmpty());
    QCOMPARE(store.dueForReview(t0.addSecs(60 * 12)), (QList<QPair<QString, QString>>{{"lesson", "q2"}}));
    QCOMPARE(store.dueForReview(t0.addDays(4)).size(), 2);
}

void ProgressStoreTest::damagedOrNewerFilesAreKeptAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("kind");
    const int damaged = static_cast<int>(StoreNotice::Kind::DamagedKeptAside);
    QTest::newRow("zero bytes") << "empty" << damaged;
    QTest::newRow("random bytes") << "random" << damaged;
    QTest::newRow("truncated database") << "truncated" << damaged;
    QTest::newRow("another program's database") << "foreign" << damaged;
    QTest::newRow("newer schema") << "newer" << static_cast<int>(StoreNotice::Kind::NewerKeptAside);
}

void ProgressStoreTest::damagedOrNewerFilesAreKeptAside()
{
    QFETCH(QString, damage);
    QFETCH(int, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath("progress.sqlite");
    if (damage == "random") {
        QByteArray bytes(64 * 1024, '\0');
        for (char &b : bytes)
            b = static_cast<char>(QRandomGenerator::global()->bounded(256));
        writeBytes(path, bytes);
    } else if (damage == "empty") {
        writeBytes(path, {});
    } else if (damage == "foreign") {
        execOn(path, {"CREATE TABLE recipes (name TEXT)", "INSERT INTO recipes VALUES ('miso')"});
    } else {
        {
            ProgressStore store(path);
            QVERIFY(store.open(t0));
            for (int i = 0; i < 400; ++i)
                store.recordAnswer(answer(QString("q%1").arg(i), i, i % 2 == 0));
        }
        if (damage == "truncated")
            writeBytes(path, readAll(path).left(readAll(path).size() / 2));
        else
            execOn(path, {"PRAGMA user_version = 99"});
    }
    const QByteArray before = readAll(path);

    ProgressStore store(path);
    QVERIFY(store.open(t0));
    QCOMPARE(static_cast<int>(store.notice().kind), kind);
    QVERIFY(store.notice().keptAsideAs.contains("20261124-090000"));
    QCOMPARE(readAll(store.notice().keptAsideAs), before); // kept byte for byte
    QVERIFY(store.answers().isEmpty());
    QVERIFY(store.recordAnswer(answer("after", 1, true))); // the new database works
    QCOMPARE(store.answers().size(), 1);
}

void ProgressStoreTest::schemaOneMigratesWithEveryAnswer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("progress.sqlite");
    QStringList v1{
        "CREATE TABLE lesson_done (lesson_id TEXT PRIMARY KEY, done_at TEXT NOT NULL)",
        "CREATE TABLE answer (id INTEGER PRIMARY KEY, lesson_id TEXT NOT NULL, question_id TEXT NOT NULL, "
        "answered_at TEXT NOT NULL, correct INTEGER NOT NULL, response TEXT NOT NULL DEFAULT '')",
        "INSERT INTO lesson_done VALUES ('bgd-sgd-minibatch', '2026-10-01T08:00:00.000Z')",
        "PRAGMA user_version = 1"};
    for (int i = 0; i < 30; ++i)
        v1 << QString("INSERT INTO answer (lesson_id, question_id, answered_at, correct, response) VALUES "
                      "('lesson', 'q%1', '%2', %3, 'r%4')")
                  .arg(i % 4)
                  .arg(t0.addSecs(-86400 * 30 + 3600 * i).toString(Qt::ISODateWithMs))
                  .arg(i % 3 == 0 ? 0 : 1)
                  .arg(i);
    execOn(path, v1);

    ProgressStore store(path);
    QVERIFY(store.open(t0));
    QCOMPARE(store.notice().kind, StoreNotice::Kind::None);
    const QList<AnswerRecord> answers = store.answers();
    QCOMPARE(answers.size(), 30);
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(answers[i].response, QString("r%1").arg(i));
        QCOMPARE(answers[i].correct, i % 3 != 0);
        QCOMPARE(answers[i].seconds, 0.0);
    }
    QCOMPARE(store.lessonsDone(), QStringList{"bgd-sgd-minibatch"});
    // Boxes are replayed from the history: q0's answers (i = 0, 4, …, 28) end with i = 28, right,
    // after i = 24 (wrong), so q0 sits in box 2.
    QCOMPARE(store.review("lesson", "q0")->box, 2);
    QVERIFY(store.recordAnswer(answer("q0", 1, true)));
    QCOMPARE(store.review("lesson", "q0")->box, 3);
}

void ProgressStoreTest::folderThatCannotBeWrittenIsReported()
{
    QTemporaryDir dir;
    writeBytes(dir.filePath("a-file"), "not a folder");
    ProgressStore store(dir.filePath("a-file/progress.sqlite")); // unwritable, even as root
    QVERIFY(!store.open(t0));
    QCOMPARE(store.notice().kind, StoreNotice::Kind::CannotWrite);
    QVERIFY(!store.recordAnswer(answer("q", 1, true)));
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(QFile::exists(dir.filePath("a-file")));
}

void ProgressStoreTest::exportAndImportRoundTrip()
{
    QTemporaryDir dir;
    ProgressStore home(dir.filePath("home.sqlite"));
    QVERIFY(home.open(t0));
    home.markLessonDone("bgd-sgd-minibatch", t0);
    home.recordAnswer(answer("q1", 1, true));
    home.recordAnswer(answer("q1", 2, true));
    home.recordAnswer(answer("q2", 3, false));
    const QJsonObject exported = home.exportJson();

    ProgressStore school(dir.filePath("school.sqlite"));
    QVERIFY(school.open(t0));
    school.recordAnswer(answer("q3", 0, true));
    QString problem;
    QVERIFY2(school.importJson(exported, &problem), qPrintable(problem));
    QVERIFY2(school.importJson(exported, &problem), qPrintable(problem)); // twice: nothing doubles
    QCOMPARE(school.answers().size(), 4);
    QCOMPARE(school.lessonsDone(), QStringList{"bgd-sgd-minibatch"});
    QCOMPARE(school.review("lesson", "q1")->box, 3);
    QCOMPARE(school.review("lesson", "q2")->box, 1);
    QCOMPARE(school.review("lesson", "q3")->box, 2);
}

void ProgressStoreTest::importRefusesWhatIsNotAnExport()
{
    QTemporaryDir dir;
    ProgressStore store(dir.filePath("p.sqlite"));
    QVERIFY(store.open(t0));
    store.recordAnswer(answer("q1", 1, true));
    QString problem;
    QVERIFY(!store.importJson(QJsonObject{{"answers", QJsonArray{}}}, &problem));
    QVERIFY(problem.contains("kobai_progress"));
    const QJsonObject badAnswer{{"kobai_progress", 1}, {"answers", QJsonArray{QJsonObject{{"lesson_id", "x"}}}}};
    QVERIFY(!store.importJson(badAnswer, &problem));
    QVERIFY(problem.contains("answers[0]"));
    QCOMPARE(store.answers().size(), 1); // nothing half-imported
}

void ProgressStoreTest::killedWritesNeverLoseAnAcknowledgedAnswer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("progress.sqlite");
    QSet<QString> acknowledged;
    const int rounds = 200;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.start(PROGRESS_WRITER, {path, QString::number(round)});
        QVERIFY(writer.waitForStarted());
        // Once the writer is saving (its first acknowledgement), kill it at a random moment,
        // most likely in the middle of the next transaction.
        QVERIFY(writer.waitForReadyRead(30000));
        QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(30)));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished());
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n'))
            if (line.startsWith("ack "))
                acknowledged.insert(QString("%1-%2").arg(round).arg(QString::fromLatin1(line.mid(4))));
    }
    ProgressStore store(path);
    QVERIFY(store.open(t0));
    QCOMPARE(store.notice().kind, StoreNotice::Kind::None); // never corrupted
    QSet<QString> stored;
    for (const AnswerRecord &a : store.answers())
        stored.insert(a.questionId);
    for (const QString &id : acknowledged)
        QVERIFY2(stored.contains(id), qPrintable("acknowledged answer lost: " + id));
    QVERIFY2(acknowledged.size() >= rounds, "every round acknowledges at least one answer before the kill");
    qInfo("%d rounds killed, %lld answers acknowledged, %lld stored", rounds,
          static_cast<long long>(acknowledged.size()), static_cast<long long>(stored.size()));
}

void ProgressStoreTest::aFullDiskRefusesTheWriteAndLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("progress.sqlite");
    {
        ProgressStore store(path);
        QVERIFY(store.open(t0));
        QVERIFY(store.recordAnswer(answer("before", 1, true)));
    }
    // Room for a few more pages only: the writer's answers soon stop fitting.
    const qint64 limit = QFileInfo(path).size() + 12 * 1024;
    QProcess writer;
    writer.start(PROGRESS_WRITER, {path, "full", QString::number(limit)});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitCode(), 3);
    const QList<QByteArray> lines = writer.readAllStandardOutput().trimmed().split('\n');
    QVERIFY2(lines.last().startsWith("full: ") && lines.last().size() > 8, lines.last().constData());
    const qsizetype acknowledged = lines.size() - 1;
    QVERIFY(acknowledged > 0);

    ProgressStore store(path);
    QVERIFY(store.open(t0));
    QCOMPARE(store.notice().kind, StoreNotice::Kind::None); // not damaged by the refused write
    const QList<AnswerRecord> answers = store.answers();
    QCOMPARE(answers.size(), acknowledged + 1); // everything acknowledged, nothing half-written
    QSet<QString> ids;
    for (const AnswerRecord &a : answers)
        ids.insert(a.questionId);
    QVERIFY(ids.contains("before"));
    for (qsizetype n = 1; n <= acknowledged; ++n)
        QVERIFY(ids.contains(QString("full-%1").arg(n)));
}

QTEST_GUILESS_MAIN(ProgressStoreTest)
#include "tst_progress_store.moc"
