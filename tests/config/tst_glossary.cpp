// The glossary: a valid file reads, every broken one is located, and lesson texts'
// glossary links resolve or make the lesson broken.
#include "ConfigError.h"
#include "Glossary.h"
#include "Lesson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kobai::config;

namespace {

const QByteArray validGlossary = R"({"format_version": 1, "terms": [
  {"id": "epoch", "ja": "エポック", "reading": "えぽっく", "en": "epoch",
   "definition": {"ja": "訓練データを一巡すること。", "en": "One pass over the training data."},
   "see_also": ["iteration"]},
  {"id": "iteration", "ja": "イテレーション", "reading": "いてれーしょん", "en": "iteration",
   "definition": {"ja": "パラメータの更新 1 回。", "en": "One parameter update."}}
]})";

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QByteArray replaced(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = validGlossary;
    if (!json.contains(from))
        qFatal("test fixture: \"%s\" is not in the valid glossary", from.constData());
    return json.replace(from, to);
}

/// A minimal lesson under dir whose Japanese text is `ja`.
void writeLesson(const QTemporaryDir &dir, const QByteArray &ja)
{
    writeFile(dir.filePath("01-a/lesson.json"), R"({"format_version": 1, "id": "a", "order": 1,
        "title": {"ja": "題", "en": "Title"}, "try_this": {"ja": "試す", "en": "Try"},
        "experiments": [{"name": "e", "label": {"ja": "e", "en": "e"}, "experiment": {"epochs": 1}}]})");
    writeFile(dir.filePath("01-a/text.ja.md"), ja);
    writeFile(dir.filePath("01-a/text.en.md"), "One [epoch](glossary:epoch).\n");
}

} // namespace

class GlossaryFile : public QObject {
    Q_OBJECT
private slots:
    void readsAValidGlossary();
    void brokenGlossariesAreLocated_data();
    void brokenGlossariesAreLocated();
    void linksAreFoundWithTheirLines();
    void lessonLinkingAMissingTermIsBroken();
    void shippedGlossaryCoversTheShippedLessons();
};

void GlossaryFile::readsAValidGlossary()
{
    QTemporaryDir dir;
    const Glossary glossary = readGlossaryFile(writeFile(dir.filePath("glossary.json"), validGlossary));
    QCOMPARE(glossary.terms.size(), 2);
    QCOMPARE(glossary.find("epoch")->reading, QStringLiteral("えぽっく"));
    QCOMPARE(glossary.find("epoch")->seeAlso, QStringList{"iteration"});
    QCOMPARE(glossary.find("iteration")->definition.in("en"), QStringLiteral("One parameter update."));
    QVERIFY(!glossary.find("saddle-point"));
}

void GlossaryFile::brokenGlossariesAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("future format") << replaced("\"format_version\": 1", "\"format_version\": 9")
                                   << QString("\"format_version\"") << QString("newer Kōbai");
    QTest::newRow("repeated id") << replaced("\"id\": \"iteration\"", "\"id\": \"epoch\"")
                                 << QString("\"terms[1].id\"") << QString("no other term");
    QTest::newRow("no reading") << replaced("\"reading\": \"えぽっく\", ", "") << QString("\"terms[0].reading\"")
                                << QString("kana");
    QTest::newRow("definition in one language") << replaced("\"en\": \"One pass over the training data.\"", "\"fr\": \"x\"")
                                                << QString("\"terms[0].definition.en\"") << QString("English");
    QTest::newRow("see_also unknown") << replaced("[\"iteration\"]", "[\"iterations\"]")
                                      << QString("\"terms[0].see_also[0]\"") << QString("a term in this glossary");
    QTest::newRow("unknown key") << replaced("\"en\": \"epoch\",", "\"en\": \"epoch\", \"kanji\": 1,")
                                 << QString("\"terms[0].kanji\"") << QString("unknown key");
}

void GlossaryFile::brokenGlossariesAreLocated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath("glossary.json"), json);
    try {
        readGlossaryFile(path);
        QFAIL("the broken glossary was accepted");
    } catch (const ConfigError &error) {
        QVERIFY2(error.text().startsWith(path + ": field " + field), qPrintable(error.text()));
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
}

void GlossaryFile::linksAreFoundWithTheirLines()
{
    const QList<GlossaryLink> links =
        glossaryLinks("# 題\n\n1 [エポック](glossary:epoch) と\n[x](https://example.org) [反復](glossary:iteration)\n");
    QCOMPARE(links.size(), 2);
    QCOMPARE(links[0].id, QStringLiteral("epoch"));
    QCOMPARE(links[0].line, 3);
    QCOMPARE(links[1].id, QStringLiteral("iteration"));
    QCOMPARE(links[1].line, 4);
}

void GlossaryFile::lessonLinkingAMissingTermIsBroken()
{
    QTemporaryDir dir;
    const Glossary glossary = readGlossaryFile(writeFile(dir.filePath("g/glossary.json"), validGlossary));
    QTemporaryDir lessons;
    writeLesson(lessons, "# 題\n\n[エポック](glossary:epoch)\n\n[鞍点](glossary:saddle-point)\n");
    const QList<LessonLoad> checked = readLessonsUnder(lessons.path(), &glossary);
    QCOMPARE(checked.size(), 1);
    QVERIFY(!checked[0].lesson);
    QVERIFY2(checked[0].error.contains("01-a/text.ja.md: line 5: glossary link \"saddle-point\""),
             qPrintable(checked[0].error));
    QVERIFY(readLessonsUnder(lessons.path()).first().lesson); // without a glossary, links are not checked
}

void GlossaryFile::shippedGlossaryCoversTheShippedLessons()
{
    const Glossary glossary = readGlossaryFile(KOBAI_SOURCE_DIR "/lessons/glossary.json");
    QVERIFY(glossary.terms.size() >= 40);
    for (const LessonLoad &load : readLessonsUnder(KOBAI_SOURCE_DIR "/lessons", &glossary))
        QVERIFY2(load.lesson, qPrintable(load.error));
}

QTEST_GUILESS_MAIN(GlossaryFile)
#include "tst_glossary.moc"
