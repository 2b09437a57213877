// A teacher's lessons in the app that reach for what is not theirs: a built-in lesson's
// id (or another added folder's), and a picture on the network, which the QML engine
// must never fetch (a local server counts the connections).
#include "reading/LessonLibrary.h"
#include "OfflineNetworkAccess.h"
#include "QuickLessonCopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

using kobai::app::LessonLibrary;

namespace {

int rowOfFolder(const LessonLibrary &library, const QString &folder)
{
    for (int row = 0; row < library.rowCount(); ++row)
        if (library.at(row).folder == folder)
            return row;
    return -1;
}

QStringList warnings;

void keepWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg)
        warnings << message;
}

} // namespace

class HostileLessons : public QObject {
    Q_OBJECT
private slots:
    void builtInIdIsRefused();
    void idOfAnEarlierFolderIsRefused();
    void hostileFilesDoNotFreezeAddFolder();
    void remotePictureIsNeverFetched();
};

void HostileLessons::builtInIdIsRefused()
{
    QTemporaryDir dir;
    const QString folder = copyQuickLesson(dir, QStringLiteral("01-mine"), QStringLiteral("gradient-descent"));
    LessonLibrary library;
    const int builtIn = library.indexOfId(QStringLiteral("gradient-descent"));
    QVERIFY(builtIn >= 0);
    QCOMPARE(library.addFolder(QUrl::fromLocalFile(dir.path())), 1);
    const int row = rowOfFolder(library, folder);
    QVERIFY(row >= 0);
    QVERIFY(!library.at(row).lesson);
    const QString error = library.data(library.index(row), LessonLibrary::ErrorRole).toString();
    QVERIFY2(error.contains(folder + QStringLiteral("/lesson.json: field \"id\": value \"gradient-descent\"")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("(the lesson in %1 has it)").arg(library.at(builtIn).folder)), qPrintable(error));
    QCOMPARE(library.indexOfId(QStringLiteral("gradient-descent")), builtIn);
}

void HostileLessons::idOfAnEarlierFolderIsRefused()
{
    QTemporaryDir first;
    QTemporaryDir second;
    const QString kept = copyQuickLesson(first, QStringLiteral("01-a"), QStringLiteral("shared"));
    const QString refused = copyQuickLesson(second, QStringLiteral("01-b"), QStringLiteral("shared"));
    LessonLibrary library;
    library.setBuiltIn(false);
    library.addFolder(QUrl::fromLocalFile(first.path()));
    library.addFolder(QUrl::fromLocalFile(second.path()));
    QVERIFY(library.at(rowOfFolder(library, kept)).lesson);
    const QString error = library.at(rowOfFolder(library, refused)).error;
    QVERIFY2(error.contains(QStringLiteral("(the lesson in %1 has it)").arg(kept)), qPrintable(error));
    // Listing the built-in lessons again re-reads every folder in order: the first keeps its id.
    library.setBuiltIn(true);
    QVERIFY(library.at(rowOfFolder(library, kept)).lesson);
    QVERIFY(!library.at(rowOfFolder(library, refused)).lesson);
}

void HostileLessons::hostileFilesDoNotFreezeAddFolder()
{
    // "Add lesson folder" with a FIFO as lesson.json, a text linked to /dev/zero and a
    // 5 MB text: each is a broken row at once (a blocked read would hang the test, which
    // ctest stops after 60 s).
    QTemporaryDir dir;
    const QString fifo = copyQuickLesson(dir, QStringLiteral("01-fifo"), QStringLiteral("fifo"));
    QFile::remove(fifo + QStringLiteral("/lesson.json"));
    QVERIFY(mkfifo(QFile::encodeName(fifo + QStringLiteral("/lesson.json")).constData(), 0600) == 0);
    const QString zero = copyQuickLesson(dir, QStringLiteral("02-zero"), QStringLiteral("zero"));
    QFile::remove(zero + QStringLiteral("/text.en.md"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero + QStringLiteral("/text.en.md")));
    const QString big = copyQuickLesson(dir, QStringLiteral("03-big"), QStringLiteral("big"));
    writeBytes(big + QStringLiteral("/text.en.md"), QByteArray(5 * 1024 * 1024, 'x'));
    LessonLibrary library;
    library.setBuiltIn(false);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(library.addFolder(QUrl::fromLocalFile(dir.path())), 3);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    for (const QString &folder : {fifo, zero, big}) {
        const int row = rowOfFolder(library, folder);
        QVERIFY(row >= 0 && !library.at(row).lesson);
    }
    QVERIFY(library.at(rowOfFolder(library, fifo)).error.contains(QStringLiteral("lesson.json: not a regular file")));
    QVERIFY(library.at(rowOfFolder(library, zero)).error.contains(QStringLiteral("outside the lesson folder")));
    QVERIFY(library.at(rowOfFolder(library, big)).error.contains(QStringLiteral("at most 4194304 bytes")));
}

namespace {

/// A Text showing Markdown with a picture at url, in a shown window of its own.
struct MarkdownView {
    MarkdownView(QQmlEngine &engine, const QString &url)
    {
        QQmlComponent component(&engine);
        component.setData(QStringLiteral("import QtQuick\nText { textFormat: Text.MarkdownText; text: \"# Lesson\\n\\n![x](%1)\" }")
                              .arg(url)
                              .toUtf8(),
                          QUrl());
        text.reset(qobject_cast<QQuickItem *>(component.create()));
        if (!text)
            qWarning("%s", qPrintable(component.errorString()));
        else
            text->setParentItem(window.contentItem());
        window.show();
    }
    QQuickWindow window;
    std::unique_ptr<QQuickItem> text;
};

} // namespace

void HostileLessons::remotePictureIsNeverFetched()
{
    // What is at stake: with the engine's own network access, Qt fetches the picture.
    QTcpServer online;
    QVERIFY(online.listen(QHostAddress::LocalHost));
    {
        QQmlEngine engine;
        MarkdownView view(engine, QStringLiteral("http://127.0.0.1:%1/x.png").arg(online.serverPort()));
        QVERIFY(view.text);
        QVERIFY(online.waitForNewConnection(10000));
        delete online.nextPendingConnection();
    }
    // A server of its own (the first one stays open, so its port is not handed out again):
    // Qt may retry the first fetch after its connection is dropped (seen in CI), and that
    // late retry must not count against the offline engine.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1/x.png").arg(server.serverPort());
    kobai::app::OfflineNetworkAccess offline;
    QQmlEngine engine;
    engine.setNetworkAccessManagerFactory(&offline);
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepWarnings);
    MarkdownView view(engine, url);
    // The engine asks for the picture, the request is refused (and said so) ...
    QTRY_VERIFY_WITH_TIMEOUT(warnings.join(u'\n').contains(QStringLiteral("kobai: not fetching ") + url), 10000);
    qInstallMessageHandler(previous);
    QVERIFY(view.text);
    // ... and nothing ever reached the server.
    QVERIFY(!server.waitForNewConnection(200));
}

QTEST_MAIN(HostileLessons)
#include "tst_hostile_lessons.moc"
