// The committed corpus of broken inputs (tests/data/broken) through kobai-run: every
// experiment file gets its one located message and exit code and leaves no output file
// behind; --check-lessons reports every broken lesson folder. The manifest and the
// corpus must list the same files, so a file cannot be added without its expectation.
#include "BrokenCorpus.h"
#include "KobaiRunProcess.h"

#include <QTest>

#include <algorithm>
#include <iterator>

class BrokenInputs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void manifestListsEveryFile_data();
    void manifestListsEveryFile();
    void idxFoldersAreReadByTheirExperiment();
    void experimentFiles_data();
    void experimentFiles();
    void lessonFolders_data();
    void lessonFolders();
    void lessonCheckCountsTheBroken();
    void brokenLessonIsNotRun();
    void goodLessonBesideThemRuns();

private:
    Result m_lessonCheck;
};

void BrokenInputs::initTestCase()
{
    // One check of the whole folder; each lesson's row below reads its line.
    m_lessonCheck = run({QStringLiteral("--check-lessons"), brokenCorpus + QStringLiteral("/lessons")});
}

void BrokenInputs::manifestListsEveryFile_data()
{
    QTest::addColumn<QString>("section");
    for (const char *section : {"experiments", "lessons", "idx"})
        QTest::newRow(section) << QString::fromLatin1(section);
}

void BrokenInputs::manifestListsEveryFile()
{
    QFETCH(QString, section);
    const QStringList listed = brokenEntries(section).keys();
    const QStringList onDisk = brokenOnDisk(section);
    QVERIFY2(!onDisk.isEmpty(), qPrintable(section));
    const auto notIn = [](const QStringList &names, const QStringList &other) {
        QStringList missing;
        std::copy_if(names.begin(), names.end(), std::back_inserter(missing),
                     [&](const QString &name) { return !other.contains(name); });
        return missing.join(QStringLiteral(", "));
    };
    QVERIFY2(notIn(onDisk, listed).isEmpty(), qPrintable("not in expected.json: " + notIn(onDisk, listed)));
    QVERIFY2(notIn(listed, onDisk).isEmpty(), qPrintable("in expected.json but not on disk: " + notIn(listed, onDisk)));
}

void BrokenInputs::idxFoldersAreReadByTheirExperiment()
{
    const QJsonObject idx = brokenEntries(QStringLiteral("idx"));
    const QJsonObject experiments = brokenEntries(QStringLiteral("experiments"));
    for (auto it = idx.begin(); it != idx.end(); ++it) {
        const QString experiment = it.value().toString();
        QVERIFY2(experiments.contains(experiment), qPrintable(experiment));
        const QJsonObject dataset = readJson(brokenCorpus + QStringLiteral("/experiments/") + experiment)["dataset"].toObject();
        QCOMPARE(dataset["path"].toString(), QStringLiteral("idx/") + it.key());
    }
}

void BrokenInputs::experimentFiles_data()
{
    addBrokenRows(QStringLiteral("experiments"), "file");
}

void BrokenInputs::experimentFiles()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, expected);
    QTemporaryDir out;
    // Run from the corpus folder: a dataset path such as "idx/truncated" is relative to it.
    const QString relative = QStringLiteral("experiments/") + file;
    const Result r = runProgram(QStringLiteral(KOBAI_RUN),
                                {relative, "--out", out.filePath("c.csv"), "--per-update", out.filePath("u.csv"),
                                 "--summary", out.filePath("s.json")},
                                {}, brokenCorpus);
    const QString message = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(r.exitCode == expected["exit"].toInt(-1), qPrintable(message));
    if (r.exitCode == 0) {
        // Not an error: a batch larger than the data is clamped, with a note.
        QVERIFY2(message.contains(QStringLiteral("kobai-run: note: ") + expected["note"].toString()), qPrintable(message));
        QVERIFY(QFile::exists(out.filePath("c.csv")));
        return;
    }
    QVERIFY2(message.startsWith(QStringLiteral("kobai-run: ") + relative + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    const QString missing = missingFromMessage(expected, message);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("lacks «%1»: %2").arg(missing, message)));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void BrokenInputs::lessonFolders_data()
{
    addBrokenRows(QStringLiteral("lessons"), "folder");
}

void BrokenInputs::lessonFolders()
{
    QFETCH(QString, folder);
    QFETCH(QJsonObject, expected);
    const QString prefix = QStringLiteral("kobai-run: %1/lessons/%2/%3: ")
                               .arg(brokenCorpus, folder, expected["file"].toString(QStringLiteral("lesson.json")));
    const QStringList lines = QString::fromUtf8(m_lessonCheck.err).split(QLatin1Char('\n'));
    const auto about = [&](const QString &line) { return line.contains(QStringLiteral("/lessons/") + folder + QLatin1Char('/')); };
    const auto found = std::find_if(lines.begin(), lines.end(), about);
    if (expected["loads"].toBool()) {
        QVERIFY2(found == lines.end(), qPrintable(m_lessonCheck.err));
        return;
    }
    QVERIFY2(found != lines.end(), qPrintable(m_lessonCheck.err));
    QCOMPARE(std::count_if(lines.begin(), lines.end(), about), 1);
    QVERIFY2(found->startsWith(prefix), qPrintable(*found));
    const QString missing = missingFromMessage(expected, *found);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("lacks «%1»: %2").arg(missing, *found)));
}

void BrokenInputs::lessonCheckCountsTheBroken()
{
    const QJsonObject entries = brokenEntries(QStringLiteral("lessons"));
    const auto broken = std::count_if(entries.begin(), entries.end(),
                                      [](const QJsonValue &entry) { return !entry.toObject()["loads"].toBool(); });
    QCOMPARE(m_lessonCheck.exitCode, 2);
    QVERIFY(m_lessonCheck.out.isEmpty());
    QVERIFY2(m_lessonCheck.err.contains(
                 QStringLiteral("%1 lesson folders checked, %2 broken").arg(entries.size()).arg(broken).toUtf8()),
             m_lessonCheck.err.constData());
}

void BrokenInputs::brokenLessonIsNotRun()
{
    // A teacher asks for the lesson by the id its broken file gives: exit 2, nothing written,
    // and the reason among the broken lessons listed.
    QTemporaryDir dir;
    const Result r = run({"--lessons-dir", brokenCorpus + QStringLiteral("/lessons"), "--lesson", "lr-zero", "--out-dir",
                          dir.filePath("out")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath("out")));
    QVERIFY2(r.err.contains("11-lr-zero/lesson.json: field \"experiments[0].experiment.optimizer.lr\" (SGD): value 0"),
             r.err.constData());
}

void BrokenInputs::goodLessonBesideThemRuns()
{
    QTemporaryDir dir;
    const Result r = run({"--lessons-dir", brokenCorpus + QStringLiteral("/lessons"), "--lesson",
                          "batch-larger-than-data", "--out-dir", dir.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("note: batch_size 5000 is larger than the 32 training samples"), r.err.constData());
    QCOMPARE(readJson(dir.filePath("run.summary.json"))["status"].toString(), QStringLiteral("finished"));
}

QTEST_GUILESS_MAIN(BrokenInputs)
#include "tst_broken_inputs.moc"
