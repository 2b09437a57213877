// The app's lesson library given the corpus of broken lesson folders
// (tests/data/broken/lessons) beside the shipped lessons: each broken folder is listed
// under its folder name with its one located message, and every good lesson still loads.
#include "BrokenCorpus.h"
#include "reading/LessonLibrary.h"

#include <QJsonObject>
#include <QTest>
#include <QUrl>

using kobai::app::LessonLibrary;

class BrokenLessons : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFolderIsListed();
    void brokenLessonsCarryTheirMessage_data();
    void brokenLessonsCarryTheirMessage();
    void goodLessonsStillLoad();

private:
    /// The row of the corpus folder named folder, or -1.
    int rowOf(const QString &folder) const;

    LessonLibrary m_library;
    int m_shipped = 0;
};

void BrokenLessons::initTestCase()
{
    m_library.setBuiltIn(false);
    m_shipped = m_library.addFolder(QUrl::fromLocalFile(QStringLiteral(KOBAI_SOURCE_DIR "/lessons")));
    m_library.addFolder(QUrl::fromLocalFile(brokenCorpus + QStringLiteral("/lessons")));
}

int BrokenLessons::rowOf(const QString &folder) const
{
    const QString path = brokenCorpus + QStringLiteral("/lessons/") + folder;
    for (int row = 0; row < m_library.rowCount(); ++row)
        if (m_library.at(row).folder == path)
            return row;
    return -1;
}

void BrokenLessons::everyFolderIsListed()
{
    QVERIFY(m_shipped >= 7);
    QCOMPARE(m_library.rowCount(), m_shipped + brokenEntries(QStringLiteral("lessons")).size());
}

void BrokenLessons::brokenLessonsCarryTheirMessage_data()
{
    addBrokenRows(QStringLiteral("lessons"), "folder");
}

void BrokenLessons::brokenLessonsCarryTheirMessage()
{
    QFETCH(QString, folder);
    QFETCH(QJsonObject, expected);
    const int row = rowOf(folder);
    QVERIFY2(row >= 0, qPrintable(folder));
    const QModelIndex index = m_library.index(row);
    const QString error = index.data(LessonLibrary::ErrorRole).toString();
    if (expected["loads"].toBool()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!index.data(LessonLibrary::IdRole).toString().isEmpty());
        return;
    }
    const QString file = expected["file"].toString(QStringLiteral("lesson.json"));
    QVERIFY2(error.startsWith(brokenCorpus + QStringLiteral("/lessons/%1/%2: ").arg(folder, file)), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    const QString missing = missingFromMessage(expected, error);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("lacks «%1»: %2").arg(missing, error)));
    // Listed by its folder name in both languages, with nothing to open or mark done.
    const QVariantMap title = index.data(LessonLibrary::TitleRole).toMap();
    QCOMPARE(title.value(QStringLiteral("ja")).toString(), folder);
    QCOMPARE(title.value(QStringLiteral("en")).toString(), folder);
    QVERIFY(index.data(LessonLibrary::IdRole).toString().isEmpty());
}

void BrokenLessons::goodLessonsStillLoad()
{
    int loaded = 0;
    for (int row = 0; row < m_library.rowCount(); ++row) {
        if (m_library.at(row).folder.startsWith(brokenCorpus))
            continue;
        QVERIFY2(m_library.at(row).error.isEmpty(), qPrintable(m_library.at(row).error));
        QVERIFY(m_library.indexOfId(m_library.at(row).lesson->id) == row);
        ++loaded;
    }
    QCOMPARE(loaded, m_shipped);
}

QTEST_GUILESS_MAIN(BrokenLessons)
#include "tst_broken_lessons.moc"
