// The progress database: answers survive, a killed write loses nothing acknowledged,
// damaged or newer files are kept aside (never silently reset), schema 1 migrates
// with every answer, and progress moves between machines as JSON.
#include "ProgressExport.h"
#include "progress/ProgressStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <ctime>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace kobai::progress;

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

QJsonObject exportOf(int count) { return progressExportOf(count, t0); }

/// A healthy database at `path` holding one answer to `question`, closed again.
void storeOneAnswer(const QString &path, const QString &question)
{
    ProgressStore store(path);
    QVERIFY(store.open(t0));
    QVERIFY(store.recordAnswer(answer(question, 1, true)));
}

/// Files a store kept aside in `dir` ("….damaged-…", "….newer-…"): none when nothing was damaged.
QStringList keptAside(const QString &dir)
{
    return QDir(dir).entryList({"*.damaged-*", "*.newer-*"}, QDir::Files);
}

/// What one progress_writer process said: its "open …" line, the answers it acknowledged
/// (as stored question ids) and the reasons of those it refused.
struct WriterReport {
    QByteArray opened;
    QSet<QString> acknowledged;
    QList<QByteArray> refusals;
    QList<QByteArray> other;
};

WriterReport reportOf(const QByteArray &output, const QString &round)
{
    WriterReport report;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("open "))
            report.opened = line;
        else if (line.startsWith("ack "))
            report.acknowledged.insert(round + '-' + QString::fromLatin1(line.mid(4)));
        else if (line.startsWith("refused "))
            report.refusals << line;
        else if (!line.isEmpty())
            report.other << line;
    }
    return report;
}

QSet<QString> storedQuestions(const QString &path)
{
    ProgressStore store(path);
    store.open(t0);
    QSet<QString> ids;
    for (const AnswerRecord &a : store.answers())
        ids.insert(a.questionId);
    return ids;
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
    void secondStoreOnAFolderReadsAndSaysSo();
    void aBusyDatabaseIsNeverKeptAside();
    void aShortlyBusyDatabaseIsWaitedFor();
    void twoWritersOnOneFolderLoseNothing();
    void anInstanceStartingDuringAnImportChangesNothing();
    void readOnlyLocationIsReportedNotKeptAside_data();
    void readOnlyLocationIsReportedNotKeptAside();
    void importOfHundredThousandAnswersIsFast();
    void importCanBeCancelled();
    void importMessagesAreLocated_data();
    void importMessagesAreLocated();
    void theDatabaseAndItsCompanionsAreOwnFiles();
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
    QTest::newRow("schema 2 without Kōbai's tables") << "wrong tables" << damaged;
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
    } else if (damage == "wrong tables") {
        execOn(path, {"CREATE TABLE answer (id INTEGER PRIMARY KEY, note TEXT)", "PRAGMA user_version = 2"});
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
    if (damage == "wrong tables") // the notice names the problem
        QVERIFY2(store.notice().detail.contains("no such"), qPrintable(store.notice().detail));
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
    QString problem;
    const QJsonObject exported = home.exportJson(&problem);
    QVERIFY2(!exported.isEmpty(), qPrintable(problem));

    ProgressStore school(dir.filePath("school.sqlite"));
    QVERIFY(school.open(t0));
    school.recordAnswer(answer("q3", 0, true));
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
        QByteArray output;
        while (!output.contains("ack ") && writer.waitForReadyRead(30000))
            output += writer.readAllStandardOutput();
        QVERIFY(output.contains("ack "));
        QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(30)));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished());
        output += writer.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n'))
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
    storeOneAnswer(path, "before");
    // Room for a few more pages only: the writer's answers soon stop fitting.
    const qint64 limit = QFileInfo(path).size() + 12 * 1024;
    QProcess writer;
    writer.start(PROGRESS_WRITER, {path, "full", "--fsize", QString::number(limit)});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitCode(), 3);
    QList<QByteArray> lines = writer.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.takeFirst(), QByteArray("open writable"));
    QVERIFY2(lines.last().startsWith("refused ") && lines.last().size() > 14, lines.last().constData());
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

void ProgressStoreTest::secondStoreOnAFolderReadsAndSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("progress.sqlite");
    auto first = std::make_unique<ProgressStore>(path);
    QVERIFY(first->open(t0));
    QVERIFY(first->isWritable());
    QVERIFY(first->recordAnswer(answer("q1", 1, true)));

    ProgressStore second(path);
    QVERIFY(second.open(t0)); // readable: progress is shown
    QCOMPARE(second.notice().kind, StoreNotice::Kind::InUse);
    QVERIFY2(second.notice().detail.contains("progress.sqlite.lock"), qPrintable(second.notice().detail));
    QVERIFY(!second.isWritable());
    QCOMPARE(second.answers().size(), 1);
    QVERIFY(!second.recordAnswer(answer("q2", 2, true))); // told, never silently dropped
    QVERIFY2(second.lastError().contains("does not save"), qPrintable(second.lastError()));
    QString problem;
    QCOMPARE(second.exportJson(&problem).value("answers").toArray().size(), 1); // it can still export
    QVERIFY(first->recordAnswer(answer("q3", 3, true))); // the first still saves

    first.reset(); // the first Kōbai closes: a retry takes the folder over
    QVERIFY(second.open(t0));
    QCOMPARE(second.notice().kind, StoreNotice::Kind::None);
    QVERIFY(second.isWritable());
    QVERIFY(second.recordAnswer(answer("q2", 2, true)));
    QCOMPARE(second.answers().size(), 3);
    QVERIFY(keptAside(dir.path()).isEmpty());
}

void ProgressStoreTest::aBusyDatabaseIsNeverKeptAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("progress.sqlite");
    storeOneAnswer(path, "q1");
    // Another program (an older Kōbai, the sqlite3 shell) holds the database in an
    // exclusive transaction, with its journal beside it.
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase("QSQLITE", "holder");
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery query(holder);
        QVERIFY(query.exec("BEGIN EXCLUSIVE"));
        QVERIFY(query.exec("INSERT INTO answer (lesson_id, question_id, answered_at, correct) "
                           "VALUES ('lesson', 'held', '2026-11-24T10:00:00.000Z', 1)"));
        QVERIFY(QFile::exists(path + "-journal"));
        const QByteArray before = readAll(path);
        {
            ProgressStore store(path, 200);
            store.open(t0);
            QCOMPARE(store.notice().kind, StoreNotice::Kind::InUse);
            QVERIFY2(store.notice().detail.contains("locked"), qPrintable(store.notice().detail));
            QVERIFY(!store.isWritable());
            QVERIFY(!store.recordAnswer(answer("q2", 2, true)));
            QVERIFY(keptAside(dir.path()).isEmpty()); // "busy" is not "damaged"
            QVERIFY(QFile::exists(path + "-journal")); // the holder's journal is left alone
            QCOMPARE(readAll(path), before);
        }
        QVERIFY2(query.exec("COMMIT"), qPrintable(query.lastError().text())); // the holder's commit succeeds
        holder.close();
    }
    QSqlDatabase::removeDatabase("holder");
    ProgressStore after(path);
    QVERIFY(after.open(t0));
    QCOMPARE(after.notice().kind, StoreNotice::Kind::None);
    QCOMPARE(after.answers().size(), 2);
}

void ProgressStoreTest::aShortlyBusyDatabaseIsWaitedFor()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("progress.sqlite");
    ProgressStore store(path, 10000);
    QVERIFY(store.open(t0));
    // Another connection writes for 300 ms: the store's write waits for it instead of failing.
    std::promise<void> holding;
    std::thread holder([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "brief");
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            query.exec("BEGIN IMMEDIATE");
            query.exec("INSERT INTO answer (lesson_id, question_id, answered_at, correct) "
                       "VALUES ('lesson', 'brief', '2026-11-24T10:00:00.000Z', 1)");
            holding.set_value();
            std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the other program's transaction
            query.exec("COMMIT");
            db.close();
        }
        QSqlDatabase::removeDatabase("brief");
    });
    holding.get_future().wait();
    QElapsedTimer waited;
    waited.start();
    const bool saved = store.recordAnswer(answer("q1", 1, true));
    const qint64 ms = waited.elapsed();
    holder.join();
    QVERIFY2(saved, qPrintable(store.lastError()));
    QVERIFY2(ms >= 150, qPrintable(QString("returned after %1 ms, before the other transaction ended").arg(ms)));
    QCOMPARE(store.answers().size(), 2);
}

void ProgressStoreTest::twoWritersOnOneFolderLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("progress.sqlite");
    const int count = 1000; // each, as in the issue
    QProcess a;
    QProcess b;
    a.start(PROGRESS_WRITER, {path, "a", "--count", QString::number(count)});
    b.start(PROGRESS_WRITER, {path, "b", "--count", QString::number(count)});
    QVERIFY(a.waitForFinished(120000));
    QVERIFY(b.waitForFinished(120000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    const QSet<QString> stored = storedQuestions(path);
    qsizetype acknowledged = 0;
    int writable = 0;
    for (const auto &[process, round] : {std::pair<QProcess *, QString>{&a, "a"}, {&b, "b"}}) {
        const WriterReport report = reportOf(process->readAllStandardOutput(), round);
        QVERIFY2(report.other.isEmpty(), report.other.join('\n').constData());
        if (report.opened == "open writable") {
            ++writable;
            QCOMPARE(report.acknowledged.size(), count);
            QVERIFY(report.refusals.isEmpty());
        } else {
            // Told up front, and every answer refused with the reason: none silently dropped.
            QVERIFY2(report.opened.startsWith("open read-only: inUse "), report.opened.constData());
            QVERIFY(report.acknowledged.isEmpty());
            QCOMPARE(report.refusals.size(), count);
            for (const QByteArray &refusal : report.refusals)
                QVERIFY2(refusal.contains("does not save"), refusal.constData());
        }
        for (const QString &id : report.acknowledged)
            QVERIFY2(stored.contains(id), qPrintable("acknowledged answer lost: " + id));
        acknowledged += report.acknowledged.size();
        qInfo("writer %s: %s, %lld acknowledged, %lld refused", qPrintable(round), report.opened.constData(),
              static_cast<long long>(report.acknowledged.size()), static_cast<long long>(report.refusals.size()));
    }
    QVERIFY(writable >= 1);
    QCOMPARE(stored.size(), acknowledged); // and nothing refused was stored
    QVERIFY(keptAside(dir.path()).isEmpty());
}

void ProgressStoreTest::anInstanceStartingDuringAnImportChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("progress.sqlite");
    storeOneAnswer(path, "before");
    const int count = largeExportAnswers * 3 / 5;
    writeBytes(dir.filePath("big.json"), QJsonDocument(exportOf(count)).toJson());
    QProcess importer;
    importer.start(PROGRESS_WRITER, {path, "a", "--import", dir.filePath("big.json"), "--count", "5"});
    QByteArray importerOutput;
    while (!importerOutput.contains("importing\n") && importer.waitForReadyRead(30000))
        importerOutput += importer.readAllStandardOutput();
    QVERIFY(importerOutput.contains("importing\n"));

    // A second Kōbai starts, answers and exports while the import holds the write lock.
    QProcess second;
    second.start(PROGRESS_WRITER, {path, "b", "--count", "5"});
    QVERIFY(second.waitForFinished(30000));
    ProgressStore third(path);
    third.open(t0);
    QCOMPARE(third.notice().kind, StoreNotice::Kind::InUse);
    QString problem;
    const QJsonObject exported = third.exportJson(&problem);
    QVERIFY2(!exported.isEmpty(), qPrintable(problem));
    const qsizetype exportedAnswers = exported.value("answers").toArray().size();
    importerOutput += importer.readAllStandardOutput();
    const bool duringImport = !importerOutput.contains("imported");
    QVERIFY(importer.waitForFinished(60000));
    importerOutput += importer.readAllStandardOutput();

    const WriterReport first = reportOf(importerOutput, "a");
    QCOMPARE(first.opened, QByteArray("open writable"));
    QVERIFY2(first.other.contains("imported"), first.other.join('\n').constData());
    QCOMPARE(first.acknowledged.size(), 5);
    const WriterReport late = reportOf(second.readAllStandardOutput(), "b");
    QVERIFY2(late.opened.startsWith("open read-only: inUse "), late.opened.constData());
    QCOMPARE(late.refusals.size(), 5);
    // Either before the import (1) or after it: never half of it.
    QVERIFY2(exportedAnswers == 1 || exportedAnswers == count + 1, qPrintable(QString::number(exportedAnswers)));

    QVERIFY(keptAside(dir.path()).isEmpty());
    third.open(t0); // the importer has closed: a retry saves again
    QVERIFY(third.isWritable());
    QCOMPARE(third.answerCount(), qsizetype(1 + count + 5));
    qInfo("%d answers imported; the second instance %s", count,
          duringImport ? "started and ended during the import" : "ended after the import");
    QVERIFY2(duringImport, "the second instance should start and end while the import runs");
}

void ProgressStoreTest::readOnlyLocationIsReportedNotKeptAside_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::addColumn<QString>("reason");
    QTest::newRow("read-only folder") << true << "cannot create the lock file";
    QTest::newRow("read-only file") << false << "readonly database";
}

void ProgressStoreTest::readOnlyLocationIsReportedNotKeptAside()
{
    QFETCH(bool, folderReadOnly);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString folder = dir.filePath("data");
    const QString path = folder + "/progress.sqlite";
    storeOneAnswer(path, "q1");
    // Permissions do not bind root, so the writer drops to nobody (--as-nobody) first;
    // for it the folder and file below are read-only, as on a read-only mount.
    const bool root = geteuid() == 0;
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), folderReadOnly ? (root ? 0755 : 0555) : 0777), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), root ? 0644 : 0444), 0);
    const QByteArray before = readAll(path);
    QProcess writer;
    writer.start(PROGRESS_WRITER, {path, "ro", "--count", "3", "--as-nobody"});
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(writer.exitCode(), 0);
    const WriterReport report = reportOf(writer.readAllStandardOutput(), "ro");
    // Reported at start, naming the problem; every answer refused with it.
    QVERIFY2(report.opened.startsWith("open read-only: cannotWrite ") && report.opened.contains(reason.toUtf8()),
             report.opened.constData());
    QVERIFY(report.acknowledged.isEmpty());
    QCOMPARE(report.refusals.size(), 3);
    QCOMPARE(readAll(path), before);
    QVERIFY(keptAside(folder).isEmpty());
    ::chmod(QFile::encodeName(folder).constData(), 0755);
}

void ProgressStoreTest::importOfHundredThousandAnswersIsFast()
{
    QTemporaryDir dir;
    ProgressStore store(dir.filePath("progress.sqlite"));
    QVERIFY(store.open(t0));
    QVERIFY(store.recordAnswer(answer("q1", 1, true)));
    const int count = largeExportAnswers;
    const QByteArray file = QJsonDocument(exportOf(count)).toJson();
    // Wall time is what the bound checks; this thread's CPU time is printed beside it,
    // as it does not grow when other processes share the cores.
    const auto cpuMs = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<long long>(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
    };
    QElapsedTimer timer;
    timer.start();
    const long long cpuStart = cpuMs();
    const QJsonObject json = QJsonDocument::fromJson(file).object();
    QString problem;
    QVERIFY2(store.importJson(json, &problem), qPrintable(problem));
    const qint64 first = timer.restart();
    const long long firstCpu = cpuMs() - cpuStart;
    QCOMPARE(store.answerCount(), qsizetype(count + 1));
    QVERIFY2(store.importJson(json, &problem), qPrintable(problem)); // all duplicates: nothing doubles
    const qint64 again = timer.elapsed();
    QCOMPARE(store.answerCount(), qsizetype(count + 1));
    QCOMPARE(store.review("imported", "q3")->box, 1);
    qInfo("%d answers, %lld bytes of JSON: parse and import %lld ms (%lld ms of CPU), importing them again %lld ms",
          count, static_cast<long long>(file.size()), static_cast<long long>(first), firstCpu,
          static_cast<long long>(again));
    QVERIFY2(first < 15000 && again < 15000, "an import of this size takes a few seconds at most");
}

void ProgressStoreTest::importCanBeCancelled()
{
    QTemporaryDir dir;
    ProgressStore store(dir.filePath("progress.sqlite"));
    QVERIFY(store.open(t0));
    QVERIFY(store.recordAnswer(answer("q1", 1, true)));
    std::atomic<bool> cancel{false};
    QList<qsizetype> reports;
    const ImportControl control{[&](qsizetype done, qsizetype total) {
                                    reports << done;
                                    QCOMPARE(total, qsizetype(10000));
                                    if (done >= 3000)
                                        cancel = true;
                                },
                                &cancel};
    QString problem;
    QVERIFY(!store.importJson(exportOf(10000), &problem, control));
    QVERIFY2(problem.contains("cancelled"), qPrintable(problem));
    QCOMPARE(reports.first(), qsizetype(0));
    QCOMPARE(reports.last(), qsizetype(3000));
    QCOMPARE(store.answerCount(), qsizetype(1)); // nothing of it stays
    QVERIFY(store.lessonsDone().isEmpty());
    QVERIFY(store.recordAnswer(answer("q2", 2, true))); // and the store goes on
}

void ProgressStoreTest::importMessagesAreLocated_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("expected");
    const QJsonObject good = exportOf(2);
    const auto withAnswer = [&](const QString &key, const QJsonValue &value) {
        QJsonObject json = good;
        QJsonArray answers = json["answers"].toArray();
        QJsonObject second = answers[1].toObject();
        if (value.isUndefined())
            second.remove(key);
        else
            second[key] = value;
        answers[1] = second;
        json["answers"] = answers;
        return json;
    };
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject json = good;
        if (value.isUndefined())
            json.remove(key);
        else
            json[key] = value;
        return json;
    };
    QTest::newRow("year 9999") << withAnswer("answered_at", "9999-12-31T23:59:59.000Z")
                               << QStringList{"answers[1].answered_at: \"9999-12-31T23:59:59.000Z\" (a string)",
                                              "between 1970 and 2999"};
    QTest::newRow("30 February") << withAnswer("answered_at", "2026-02-30T09:00:00.000Z")
                                 << QStringList{"answers[1].answered_at: \"2026-02-30T09:00:00.000Z\"", "ISO 8601"};
    QTest::newRow("time as a number") << withAnswer("answered_at", 1700000000)
                                      << QStringList{"answers[1].answered_at: 1700000000 (a number)", "ISO 8601"};
    QTest::newRow("version as a string") << with("kobai_progress", "1")
                                         << QStringList{"\"kobai_progress\": \"1\" (a string)", "expected the number 1"};
    QTest::newRow("version 2") << with("kobai_progress", 2)
                               << QStringList{"\"kobai_progress\": 2 (a number)", "expected the number 1"};
    QTest::newRow("no version") << with("kobai_progress", QJsonValue::Undefined)
                                << QStringList{"\"kobai_progress\" is missing", "expected the number 1"};
    QTest::newRow("correct as a string") << withAnswer("correct", "yes")
                                         << QStringList{"answers[1].correct: \"yes\" (a string)", "expected true or false"};
    QTest::newRow("correct missing") << withAnswer("correct", QJsonValue::Undefined)
                                     << QStringList{"answers[1].correct is missing", "expected true or false"};
    QTest::newRow("answers an object") << with("answers", QJsonObject{})
                                       << QStringList{"\"answers\": an object", "expected an array"};
    QTest::newRow("answers missing") << with("answers", QJsonValue::Undefined)
                                     << QStringList{"\"answers\" is missing", "expected an array"};
    QJsonObject numberAnswer = good;
    numberAnswer["answers"] = QJsonArray{good["answers"].toArray()[0], 42};
    QTest::newRow("an answer that is a number") << numberAnswer << QStringList{"answers[1]: 42 (a number)", "an object"};
    QTest::newRow("negative seconds") << withAnswer("seconds", -3)
                                      << QStringList{"answers[1].seconds: -3 (a number)", "a number ≥ 0"};
    QTest::newRow("empty question id") << withAnswer("question_id", "")
                                       << QStringList{"answers[1].question_id: \"\" (a string)", "a non-empty string"};
    QTest::newRow("a long value is cut") << withAnswer("answered_at", QString(5000, 'x'))
                                         << QStringList{"answers[1].answered_at: \"xxxxxxxxxx", "x…\""};
    QJsonObject lessonDate = good;
    lessonDate["lessons_done"] = QJsonArray{QJsonObject{{"lesson_id", "l"}, {"done_at", "9999-01-01T00:00:00.000Z"}}};
    QTest::newRow("lesson done in 9999") << lessonDate
                                         << QStringList{"lessons_done[0].done_at: \"9999-01-01T00:00:00.000Z\"", "between 1970 and 2999"};
}

void ProgressStoreTest::importMessagesAreLocated()
{
    QFETCH(QJsonObject, json);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    ProgressStore store(dir.filePath("progress.sqlite"));
    QVERIFY(store.open(t0));
    QVERIFY(store.recordAnswer(answer("q1", 1, true)));
    QString problem;
    QVERIFY(!store.importJson(json, &problem));
    for (const QString &part : expected)
        QVERIFY2(problem.contains(part), qPrintable(QString("\"%1\" lacks \"%2\"").arg(problem, part)));
    QVERIFY2(problem.size() < 240, qPrintable(problem)); // one line, long values cut
    QCOMPARE(store.answerCount(), qsizetype(1));         // nothing half-imported
    QVERIFY(store.lessonsDone().isEmpty());
}

void ProgressStoreTest::theDatabaseAndItsCompanionsAreOwnFiles()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("data"));
    const QString path = dir.filePath("data/progress.sqlite");
    ProgressStore store(path);
    QVERIFY(store.open(t0));
    QVERIFY(QFile::link(dir.filePath("data"), dir.filePath("link")));
    for (const QString &own : {path, path + "-journal", path + "-wal", path + "-shm", path + ".lock",
                               dir.filePath("data/../data/progress.sqlite"), dir.filePath("link/progress.sqlite"),
                               dir.filePath("link/progress.sqlite-journal")})
        QVERIFY2(store.isOwnFile(own), qPrintable(own));
    for (const QString &other : {dir.filePath("data/progress.json"), dir.filePath("progress.sqlite"),
                                 dir.filePath("data/progress.sqlite.bak")})
        QVERIFY2(!store.isOwnFile(other), qPrintable(other));
}

QTEST_GUILESS_MAIN(ProgressStoreTest)
#include "tst_progress_store.moc"
