// kobai-run's lesson commands as a teacher meets them: --check-lessons on good and
// broken folders, and --lesson running a lesson's experiments into files.
#include <QDir>
#include <QTest>

#include "KobaiRunProcess.h"

namespace {

const QString shippedLessons = QStringLiteral(KOBAI_SOURCE_DIR "/lessons");

/// The "updates" column of a CSV's last row.
long long finalUpdates(const QByteArray &csv)
{
    return dataRows(csv).last().split(',')[6].toLongLong();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

/// A copy of the shipped lesson 2 under dir, with one replacement in its lesson.json.
QString brokenCopy(const QTemporaryDir &dir, const QByteArray &from, const QByteArray &to)
{
    const QString source = shippedLessons + "/02-bgd-sgd-minibatch";
    const QString folder = dir.filePath("02-copy");
    QDir().mkpath(folder);
    for (const QString &name : QStringList{"text.ja.md", "text.en.md"})
        QFile::copy(source + "/" + name, folder + "/" + name);
    QByteArray json = readAll(source + "/lesson.json");
    if (!json.contains(from))
        qFatal("test fixture: \"%s\" is not in lesson 2", from.constData());
    writeFile(dir, "02-copy/lesson.json", json.replace(from, to));
    return folder;
}

} // namespace

class KobaiRunLessons : public QObject {
    Q_OBJECT
private slots:
    void shippedLessonsPassTheCheck();
    void shippedTextsShareHeadingsAndWording();
    void brokenLessonIsReportedWithItsField();
    void committedBrokenLessonIsReported();
    void lessonRunsEveryExperiment();
    void lessonRunsOneExperimentToStdout();
    void unknownLessonOrExperimentExitsTwo();
    void onDemandExperimentsRunOnlyWhenNamed();
};

void KobaiRunLessons::shippedLessonsPassTheCheck()
{
    const Result r = run({"--check-lessons", shippedLessons});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(" 0 broken"));
}

// Issue 15's review: every lesson has a "Try this" section and ends with its exam tips,
// under the same headings; the words the review settled stay settled.
void KobaiRunLessons::shippedTextsShareHeadingsAndWording()
{
    const QStringList folders = QDir(shippedLessons).entryList({"[0-9]*"}, QDir::Dirs);
    QVERIFY(folders.size() >= 7);
    const QList<std::pair<QString, QStringList>> closing{{"ja", {"## 試してみよう", "## 試験対策のポイント"}},
                                                         {"en", {"## Try this", "## Exam tips"}}};
    for (const QString &folder : folders)
        for (const auto &[language, headings] : closing) {
            const QString path = shippedLessons + "/" + folder + "/text." + language + ".md";
            const QString text = QString::fromUtf8(readAll(path));
            QStringList found;
            for (const QString &line : text.split(u'\n'))
                if (line.startsWith(QStringLiteral("## ")))
                    found << line.trimmed();
            const QString where = folder + "/text." + language + ".md: " + found.join(u" | ");
            QVERIFY2(found.count(headings[0]) == 1, qPrintable(where));
            QVERIFY2(found.last() == headings[1], qPrintable(where));
        }
    QStringList files{"glossary.json", "syllabus.json"};
    for (const QString &folder : folders)
        files << folder + "/lesson.json" << folder + "/text.ja.md" << folder + "/text.en.md";
    for (const QString &file : files) {
        const QString text = QString::fromUtf8(readAll(shippedLessons + "/" + file));
        for (const char *retired : {"学習損失", "このラン", "忍耐", "時刻表", "hyper-parameter", "Hyper-parameter"})
            QVERIFY2(!text.contains(QString::fromUtf8(retired)), qPrintable(file + ": " + QString::fromUtf8(retired)));
    }
}

void KobaiRunLessons::brokenLessonIsReportedWithItsField()
{
    QTemporaryDir dir;
    const QString folder = brokenCopy(dir, "\"min\": 5,", "\"min\": 0,"); // the epochs slider from 0
    const Result r = run({"--check-lessons", dir.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains((folder + "/lesson.json: field \"controls[3].min\": value 0; expected").toUtf8()),
             r.err.constData());
    QVERIFY2(r.err.contains("epochs"), r.err.constData());
}

void KobaiRunLessons::committedBrokenLessonIsReported()
{
    // tests/qml/data/lessons holds a good lesson and a broken one (the app's tests list both).
    const Result r = run({"--check-lessons", KOBAI_SOURCE_DIR "/tests/qml/data/lessons"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("02-broken/lesson.json: field \"experiments[0].experiment.optimizer.lr\" (SGD): value -1; "
                            "expected a number > 0 and ≤ 1000"),
             r.err.constData());
    QVERIFY2(r.err.contains("2 lesson folders checked, 1 broken"), r.err.constData());
}

void KobaiRunLessons::lessonRunsEveryExperiment()
{
    QTemporaryDir dir;
    const Result r = run({"--lesson", "bgd-sgd-minibatch", "--out-dir", dir.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const QString &name : QStringList{"bgd", "sgd", "minibatch"}) {
        QVERIFY(QFile::exists(dir.filePath(name + ".csv")));
        QVERIFY(QFile::exists(dir.filePath(name + ".updates.csv")));
        QCOMPARE(readJson(dir.filePath(name + ".summary.json"))["status"].toString(), QStringLiteral("finished"));
    }
    QCOMPARE(r.out, readAll(dir.filePath("bgd.csv")));
    // 800 training samples, 30 epochs: BGD 1 update per epoch, SGD 800, mini-batch ⌈800/32⌉ = 25.
    QCOMPARE(finalUpdates(readAll(dir.filePath("bgd.csv"))), 30LL);
    QCOMPARE(finalUpdates(readAll(dir.filePath("sgd.csv"))), 30LL * 800);
    QCOMPARE(finalUpdates(readAll(dir.filePath("minibatch.csv"))), 30LL * 25);
    QCOMPARE(dataRows(readAll(dir.filePath("minibatch.updates.csv"))).size(), 30 * 25);
}

void KobaiRunLessons::lessonRunsOneExperimentToStdout()
{
    const Result r = run({"--lesson", "bgd-sgd-minibatch", "--experiment", "minibatch"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("epoch,train_loss,val_loss"));
    QCOMPARE(finalUpdates(r.out), 30LL * 25);
}

void KobaiRunLessons::unknownLessonOrExperimentExitsTwo()
{
    QTemporaryDir dir;
    const Result noLesson = run({"--lesson", "no-such-lesson", "--out-dir", dir.filePath("out")});
    QCOMPARE(noLesson.exitCode, 2);
    QVERIFY(noLesson.err.contains("bgd-sgd-minibatch"));
    QVERIFY(!QFile::exists(dir.filePath("out")));
    const Result noExperiment = run({"--lesson", "bgd-sgd-minibatch", "--experiment", "adam"});
    QCOMPARE(noExperiment.exitCode, 2);
    QVERIFY(noExperiment.err.contains("expected one of: bgd, sgd, minibatch"));
    QVERIFY(noExperiment.out.isEmpty());
}

void KobaiRunLessons::onDemandExperimentsRunOnlyWhenNamed()
{
    QTemporaryDir dir;
    brokenCopy(dir, "\"name\": \"sgd\",", "\"name\": \"sgd\", \"on_demand\": true,");
    const Result all = run({"--lessons-dir", dir.path(), "--lesson", "bgd-sgd-minibatch", "--out-dir", dir.filePath("all")});
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QVERIFY(QFile::exists(dir.filePath("all/bgd.csv")) && QFile::exists(dir.filePath("all/minibatch.csv")));
    QVERIFY(!QFile::exists(dir.filePath("all/sgd.csv")));
    const Result named = run({"--lessons-dir", dir.path(), "--lesson", "bgd-sgd-minibatch", "--experiment", "sgd"});
    QVERIFY2(named.exitCode == 0, named.err.constData());
    QCOMPARE(finalUpdates(named.out), 30LL * 800);
}

QTEST_GUILESS_MAIN(KobaiRunLessons)
#include "tst_kobai_run_lessons.moc"
