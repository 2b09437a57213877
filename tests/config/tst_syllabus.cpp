// The syllabus is data (lessons/syllabus.json, compiled in): the shipped file reads with
// the ids the learner's progress refers to, and every broken file is located.
#include "ConfigError.h"
#include "Syllabus.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kobai::config;

namespace {

const QByteArray validSyllabus = R"({"format_version": 1, "items": [
  {"id": "gradient-descent", "name": {"ja": "勾配降下法", "en": "Gradient descent"}},
  {"id": "momentum", "name": {"ja": "モメンタム", "en": "Momentum"}}
]})";

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("syllabus.json"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QByteArray replaced(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = validSyllabus;
    if (!json.contains(from))
        qFatal("test fixture: \"%s\" is not in the valid syllabus", from.constData());
    return json.replace(from, to);
}

} // namespace

class SyllabusFile : public QObject {
    Q_OBJECT
private slots:
    void theShippedSyllabusReadsInOrder();
    void readsAValidFile();
    void brokenFilesAreLocated_data();
    void brokenFilesAreLocated();
};

void SyllabusFile::theShippedSyllabusReadsInOrder()
{
    const QList<SyllabusItem> &items = syllabusItems();
    QCOMPARE(items.size(), 15);
    QCOMPARE(items.first().id, QStringLiteral("gradient-descent"));
    QCOMPARE(items.first().name.ja, QStringLiteral("勾配降下法"));
    QCOMPARE(items.last().id, QStringLiteral("distributed-training"));
    QCOMPARE(items.last().name.en, QStringLiteral("Distributed training"));
    QVERIFY(findSyllabusItem(QStringLiteral("lr-schedules")));
    QCOMPARE(findSyllabusItem(QStringLiteral("lr-schedules"))->name.en, QStringLiteral("Learning-rate schedules"));
    QVERIFY(!findSyllabusItem(QStringLiteral("no-such-item")));
}

void SyllabusFile::readsAValidFile()
{
    QTemporaryDir dir;
    const QList<SyllabusItem> items = readSyllabusFile(writeFile(dir, validSyllabus));
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[1].id, QStringLiteral("momentum"));
    QCOMPARE(items[1].name.ja, QStringLiteral("モメンタム"));
}

void SyllabusFile::brokenFilesAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{\"format_version\": 1,") << QString() << "JSON";
    QTest::newRow("newer format") << replaced(R"("format_version": 1)", R"("format_version": 2)")
                                  << R"(: field "format_version")" << "newer Kōbai";
    QTest::newRow("no items") << QByteArray(R"({"format_version": 1})") << R"(: field "items")" << "a non-empty array";
    QTest::newRow("empty items") << QByteArray(R"({"format_version": 1, "items": []})") << R"(: field "items")"
                                 << "a non-empty array";
    QTest::newRow("an item not an object") << replaced(R"({"id": "momentum", "name": {"ja": "モメンタム", "en": "Momentum"}})", "7")
                                           << R"(: field "items[1]")" << "an object";
    QTest::newRow("id used twice") << replaced(R"("id": "momentum")", R"("id": "gradient-descent")")
                                   << R"(: field "items[1].id")" << "no other item";
    QTest::newRow("id with capitals") << replaced(R"("id": "momentum")", R"("id": "Momentum")")
                                      << R"(: field "items[1].id")" << "lowercase";
    QTest::newRow("English name missing") << replaced(R"(, "en": "Momentum")", "")
                                          << R"(: field "items[1].name.en")" << "the English text";
    QTest::newRow("unknown field") << replaced(R"("id": "momentum",)", R"("id": "momentum", "colour": "red",)")
                                   << R"(: field "items[1].colour")" << "unknown key";
}

void SyllabusFile::brokenFilesAreLocated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, json);
    try {
        readSyllabusFile(path);
        QFAIL("the broken syllabus was accepted");
    } catch (const ConfigError &error) {
        QVERIFY2(error.text().startsWith(path + where), qPrintable(error.text()));
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
}

QTEST_APPLESS_MAIN(SyllabusFile)
#include "tst_syllabus.moc"
