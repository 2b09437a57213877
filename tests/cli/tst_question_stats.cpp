// kobai-run --question-stats: docs/questions.md stays what the shipped lessons give, and
// the printed tables hold a hand count of a small bank written here.
#include <QDir>
#include <QTest>

#include "KobaiRunProcess.h"

namespace {

struct FixtureQuestion {
    QByteArray kind;
    QByteArray syllabus;
    int difficulty;
};

/// One question of the kind, with the keys that kind needs.
QByteArray questionJson(const FixtureQuestion &q, int index)
{
    QByteArray json = "{\"id\": \"q" + QByteArray::number(index) + "\", \"kind\": \"" + q.kind +
                      "\", \"syllabus\": \"" + q.syllabus + "\", \"difficulty\": " + QByteArray::number(q.difficulty) +
                      ", \"prompt\": {\"ja\": \"問\", \"en\": \"Q\"}, \"explanation\": {\"ja\": \"解\", \"en\": \"A\"}, ";
    if (q.kind == "number")
        return json + "\"answer\": 4, \"tolerance\": 0}";
    if (q.kind == "fill_code")
        return json + "\"code\": \"w -= ____ * g\", \"blanks\": [{\"choices\": [\"lr\", \"g\"], \"answer\": 0}]}";
    const QByteArray choices = "\"choices\": [{\"ja\": \"甲\", \"en\": \"A\"}, {\"ja\": \"乙\", \"en\": \"B\"}], ";
    if (q.kind == "multiple")
        return json + choices + "\"answer\": [0, 1]}";
    if (q.kind == "read_curve")
        return json + choices + "\"experiment\": \"run\", \"answer\": 0}";
    return json + choices + "\"answer\": 0}";
}

/// A lesson folder NN-id under dir with one small training experiment and the questions.
void writeLesson(const QTemporaryDir &dir, int order, const QByteArray &id, const QList<FixtureQuestion> &questions)
{
    QByteArrayList items;
    for (qsizetype i = 0; i < questions.size(); ++i)
        items << questionJson(questions[i], int(i));
    const QString folder = QStringLiteral("0%1-%2").arg(order).arg(QString::fromUtf8(id));
    QDir(dir.path()).mkpath(folder);
    writeFile(dir, folder + "/lesson.json",
              "{\"format_version\": 1, \"id\": \"" + id + "\", \"order\": " + QByteArray::number(order) +
                  ", \"title\": {\"ja\": \"題\", \"en\": \"Title " + id + "\"}, \"try_this\": {\"ja\": \"試す\", "
                  "\"en\": \"Try\"}, \"experiments\": [{\"name\": \"run\", \"label\": {\"ja\": \"実行\", \"en\": "
                  "\"Run\"}, \"experiment\": {\"dataset\": {\"name\": \"linear\", \"n\": 40}, \"model\": {\"name\": "
                  "\"linear\"}, \"epochs\": 2}}], \"questions\": [" + items.join(", ") + "]}");
    writeFile(dir, folder + "/text.ja.md", "# 見出し\n\n本文\n");
    writeFile(dir, folder + "/text.en.md", "# Heading\n\nText\n");
}

/// The cells of the table row whose leading cells are `start`, as trimmed text; empty when none.
QStringList rowCells(const QByteArray &page, const QStringList &start)
{
    const QString prefix = QStringLiteral("| ") + start.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    for (const QString &line : QString::fromUtf8(page).split(u'\n'))
        if (line.startsWith(prefix)) {
            QStringList cells = line.split(u'|');
            cells = cells.mid(1, cells.size() - 2);
            for (QString &cell : cells)
                cell = cell.trimmed();
            return cells;
        }
    return {};
}

/// The cells after the first `skip`, as numbers.
QList<int> counts(const QStringList &cells, qsizetype skip)
{
    QList<int> values;
    for (qsizetype i = skip; i < cells.size(); ++i)
        values << cells[i].toInt();
    return values;
}

} // namespace

class QuestionStats : public QObject {
    Q_OBJECT
private slots:
    void shippedPageIsCurrent();
    void countsEqualAHandCount();
    void brokenLessonIsRefused();
};

void QuestionStats::shippedPageIsCurrent()
{
    const Result r = run({"--question-stats", KOBAI_SOURCE_DIR "/lessons"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile page(KOBAI_SOURCE_DIR "/docs/questions.md");
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY2(page.readAll() == r.out, "docs/questions.md is not what the lessons give; regenerate it with "
                                      "`kobai-run --question-stats lessons > docs/questions.md` (from the source "
                                      "folder) and commit it");
}

// Lesson a: single 1 + single 2 (sgd-minibatch), number 3 + fill_code 2 (momentum).
// Lesson b: multiple 1 (learning-rate), read_curve 2 + number 1 (sgd-minibatch).
void QuestionStats::countsEqualAHandCount()
{
    QTemporaryDir dir;
    writeLesson(dir, 1, "stats-a",
                {{"single", "sgd-minibatch", 1}, {"single", "sgd-minibatch", 2}, {"number", "momentum", 3},
                 {"fill_code", "momentum", 2}});
    writeLesson(dir, 2, "stats-b",
                {{"multiple", "learning-rate", 1}, {"read_curve", "sgd-minibatch", 2}, {"number", "sgd-minibatch", 1}});
    const Result r = run({"--question-stats", dir.path()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("# Question bank coverage\n"));
    QVERIFY(r.out.contains("**7 questions in 2 lessons.**"));

    // Per lesson: single, multiple, number, fill_code, read_curve, total.
    QCOMPARE(counts(rowCells(r.out, {"1", "`stats-a`", "Title stats-a"}), 3), (QList<int>{2, 0, 1, 1, 0, 4}));
    QCOMPARE(counts(rowCells(r.out, {"2", "`stats-b`", "Title stats-b"}), 3), (QList<int>{0, 1, 1, 0, 1, 3}));
    QCOMPARE(counts(rowCells(r.out, {"", "**Total**", ""}), 3), (QList<int>{2, 1, 2, 1, 1, 7}));

    // Per syllabus item: difficulty 1, 2, 3, total; names in both languages.
    const QStringList sgd = rowCells(r.out, {"`sgd-minibatch`"});
    QCOMPARE(sgd.mid(1, 2), (QStringList{"Stochastic gradient descent and mini-batches", "確率的勾配降下法とミニバッチ"}));
    QCOMPARE(counts(sgd, 3), (QList<int>{2, 2, 0, 4}));
    QCOMPARE(counts(rowCells(r.out, {"`momentum`"}), 3), (QList<int>{0, 1, 1, 2}));
    QCOMPARE(counts(rowCells(r.out, {"`learning-rate`"}), 3), (QList<int>{1, 0, 0, 1}));
    QCOMPARE(counts(rowCells(r.out, {"`gradient-descent`"}), 3), (QList<int>{0, 0, 0, 0}));
    QCOMPARE(counts(rowCells(r.out, {"**Total**", "", ""}), 3), (QList<int>{3, 3, 1, 7}));
    // In lessons/syllabus.json's order.
    QVERIFY(r.out.indexOf("| `gradient-descent` |") < r.out.indexOf("| `sgd-minibatch` |"));
    QVERIFY(r.out.indexOf("| `sgd-minibatch` |") < r.out.indexOf("| `learning-rate` |"));
    QVERIFY(r.out.indexOf("| `learning-rate` |") < r.out.indexOf("| `momentum` |"));

    // Shares: 2/7, 1/7, 1/7, 3/7.
    QCOMPARE(rowCells(r.out, {"Hand calculation (`number`)"}).mid(1, 2), (QStringList{"2", "28.6 %"}));
    QCOMPARE(rowCells(r.out, {"Code fill-in (`fill_code`)"}).mid(1, 2), (QStringList{"1", "14.3 %"}));
    QCOMPARE(rowCells(r.out, {"Read a curve (`read_curve`)"}).mid(1, 2), (QStringList{"1", "14.3 %"}));
    QCOMPARE(rowCells(r.out, {"Concept (`single` + `multiple`)"}).mid(1, 2), (QStringList{"3", "42.9 %"}));

    QVERIFY2(r.out.contains("2 lessons have fewer: `stats-a` (4), `stats-b` (3)."), r.out.constData());
    QVERIFY2(r.out.contains("not yet (7, 193 to go)."), r.out.constData());
}

void QuestionStats::brokenLessonIsRefused()
{
    QTemporaryDir dir;
    writeLesson(dir, 1, "stats-a", {{"single", "sgd-minibatch", 1}});
    writeLesson(dir, 2, "stats-b", {{"number", "momentum", 4}});
    const Result r = run({"--question-stats", dir.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("02-stats-b/lesson.json") && r.err.contains("questions[0].difficulty") &&
                 r.err.contains("4"),
             r.err.constData());
}

QTEST_GUILESS_MAIN(QuestionStats)
#include "tst_question_stats.moc"
