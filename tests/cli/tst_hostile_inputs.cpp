// Inputs that are valid but hostile, through kobai-run: devices, FIFOs, folders, huge
// files, unreadable files, valid JSON that is not an object, huge values echoed in
// messages, the issue's code injection through --as-pytorch, and lesson folders that
// reach outside themselves (links, pictures), take a built-in lesson's id or have many
// problems at once. Every child runs with a timeout and (outside the sanitizers) a
// bounded address space; the big and hostile files are made here, never committed.
#include "KobaiRunProcess.h"
#include "QuickLessonCopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <optional>

#include <sys/resource.h>
#include <sys/stat.h>

namespace {

/// Long enough for a slow sanitizer build, far below "forever".
constexpr int childTimeoutMs = 20000;
/// kobai-run needs a few tens of MB; a file read whole or a runaway allocation needs more.
constexpr rlim_t childAddressSpace = rlim_t{1} << 30;

// AddressSanitizer reserves terabytes of shadow address space: no RLIMIT_AS under it
// (GCC says so with __SANITIZE_ADDRESS__, Clang with __has_feature).
#if defined(__SANITIZE_ADDRESS__)
#define KOBAI_LIMIT_ADDRESS_SPACE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KOBAI_LIMIT_ADDRESS_SPACE 0
#endif
#endif
#ifndef KOBAI_LIMIT_ADDRESS_SPACE
#define KOBAI_LIMIT_ADDRESS_SPACE 1
#endif

struct Bounded {
    Result result;
    bool finished = false;
    qint64 elapsedMs = 0;
};

/// kobai-run with a timeout and, unless AddressSanitizer needs the address space, at most
/// childAddressSpace of it.
Bounded runBounded(const QStringList &arguments)
{
    QProcess process;
#if KOBAI_LIMIT_ADDRESS_SPACE
    process.setChildProcessModifier([] {
        const rlimit limit{childAddressSpace, childAddressSpace};
        setrlimit(RLIMIT_AS, &limit);
    });
#endif
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(KOBAI_RUN), arguments);
    process.closeWriteChannel();
    Bounded bounded;
    bounded.finished = process.waitForFinished(childTimeoutMs);
    bounded.elapsedMs = clock.elapsed();
    if (!bounded.finished) {
        process.kill();
        process.waitForFinished();
    }
    bounded.result = {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    return bounded;
}

QString makeFifo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    mkfifo(QFile::encodeName(path).constData(), 0600);
    return path;
}

/// The lines of stderr about a file in folder (a path).
QStringList linesAbout(const QByteArray &err, const QString &folder)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(err).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("kobai-run: ") + folder + QLatin1Char('/')))
            lines << line;
    return lines;
}

} // namespace

class HostileInputs : public QObject {
    Q_OBJECT
private slots:
    void experimentFileKinds_data();
    void experimentFileKinds();
    void hugeValueIsCutInTheMessage();
    void issueInjectionStaysAString();
    void lessonFolders_data();
    void lessonFolders();
    void everyProblemOfALessonIsNamed();
    void idOfAnotherFolderIsRefused();

private:
    /// One folder of hostile lessons, made and checked once; each row reads its lines.
    void checkHostileLessons();

    QTemporaryDir m_lessons;
    std::optional<Bounded> m_lessonCheck;
};

void HostileInputs::experimentFileKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("device") << "/dev/zero" << "not a regular file (a device, FIFO or socket)";
    QTest::newRow("fifo") << "fifo" << "not a regular file (a device, FIFO or socket)";
    QTest::newRow("folder") << "folder" << "not a regular file (a folder)";
    QTest::newRow("5 MB") << "big.json" << "5242880 bytes; expected a file of at most 4194304 bytes (4 MB)";
    QTest::newRow("EIO") << "/proc/self/mem" << "read error: ";
    QTest::newRow("null") << "null.json" << "field \"(document)\": value null; expected a JSON object";
    QTest::newRow("42") << "42.json" << "field \"(document)\": value 42; expected a JSON object";
    QTest::newRow("[]") << "array.json" << "field \"(document)\": value []; expected a JSON object";
    QTest::newRow("string") << "string.json" << "(the file is valid JSON, but not an object)";
}

void HostileInputs::experimentFileKinds()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    makeFifo(dir, QStringLiteral("fifo"));
    QDir(dir.path()).mkdir(QStringLiteral("folder"));
    writeBytes(dir.filePath("big.json"), "{\"x\": \"" + QByteArray(5 * 1024 * 1024 - 9, 'a') + "\"}");
    writeBytes(dir.filePath("null.json"), "null");
    writeBytes(dir.filePath("42.json"), " 42\n");
    writeBytes(dir.filePath("array.json"), "[]");
    writeBytes(dir.filePath("string.json"), "\"one experiment\"");
    const QString path = name.startsWith(u'/') ? name : dir.filePath(name);
    const Bounded r = runBounded({path});
    QVERIFY2(r.finished, "kobai-run did not finish: it blocked or read without end");
    const QString message = QString::fromUtf8(r.result.err).trimmed();
    QCOMPARE(r.result.exitCode, 2);
    QVERIFY2(message.startsWith(QStringLiteral("kobai-run: %1: ").arg(path)), qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("not valid JSON")), qPrintable(message));
    QVERIFY(r.result.out.isEmpty());
}

void HostileInputs::hugeValueIsCutInTheMessage()
{
    QTemporaryDir dir;
    const QByteArray name(3'000'000, 'A');
    const QString path = dir.filePath("long.json");
    writeBytes(path, "{\"optimizer\": {\"name\": \"" + name + "\"}}");
    const Bounded r = runBounded({path});
    QVERIFY(r.finished);
    QCOMPARE(r.result.exitCode, 2);
    const QString message = QString::fromUtf8(r.result.err).trimmed();
    QVERIFY2(message.size() < 400, qPrintable(message.left(400)));
    QVERIFY2(message.contains(QStringLiteral("field \"optimizer.name\": value \"AAAA")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("… (3000002 characters); expected one of SGD")), qPrintable(message));
}

void HostileInputs::issueInjectionStaysAString()
{
    // The issue's path, through the command line: the script says it as one string.
    QTemporaryDir dir;
    const QByteArray path = R"(x\", val_size=1) if 0 else __import__(\"os\").system(\"touch pwned\") #)";
    const QString file = dir.filePath("inject.json");
    writeBytes(file, R"({"kind": "training", "dataset": {"name": "fashion-mnist", "path": ")" + path + R"("}})");
    const Bounded r = runBounded({file, "--as-pytorch"});
    QVERIFY2(r.finished && r.result.exitCode == 0, r.result.err.constData());
    QVERIFY(r.result.out.contains(
        R"(fashion_mnist(seed, path="x\", val_size=1) if 0 else __import__(\"os\").system(\"touch pwned\") #", )"));
    const Result check = runProgram(QStringLiteral("/usr/bin/python3"),
                                    {"-c", "import ast, sys\n"
                                           "tree = ast.parse(sys.stdin.read())\n"
                                           "calls = {ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}\n"
                                           "print(sorted(c for c in calls if 'import' in c or 'system' in c))\n"},
                                    r.result.out);
    QCOMPARE(check.out.trimmed(), QByteArray("[]"));
}

void HostileInputs::lessonFolders_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("problem"); // empty: the folder loads
    const auto row = [](const char *folder, const char *problem) {
        QTest::newRow(folder) << QString::fromLatin1(folder) << QString::fromUtf8(problem);
    };
    row("fifo-lesson-json", "lesson.json: not a regular file (a device, FIFO or socket)");
    row("text-fifo", "text.en.md: not a regular file (a device, FIFO or socket)");
    row("text-dev-zero", "text.en.md: a link to /dev/zero, outside the lesson folder");
    row("text-etc-passwd", "text.en.md: a link to /etc/passwd, outside the lesson folder");
    row("text-5mb", "text.en.md: 5242880 bytes; expected a file of at most 4194304 bytes (4 MB)");
    row("text-invalid-utf8", "text.en.md: byte 15 (line 3): not valid UTF-8");
    row("image-http", "text.en.md: line 3: picture \"http://127.0.0.1:8765/x.png\" is a URL");
    row("image-https", "text.en.md: line 3: picture \"https://example.com/x.png\" is a URL");
    row("image-ftp", "text.en.md: line 3: picture \"ftp://example.com/x.png\" is a URL");
    row("image-protocol-relative", "text.en.md: line 3: picture \"//example.com/x.png\" is a URL");
    row("image-file-url", "text.en.md: line 3: picture \"file:///etc/hostname\" is a URL");
    row("image-parent", "text.en.md: line 3: picture \"../01-good-image/images/x.png\" leaves the lesson folder");
    row("image-absolute", "text.en.md: line 3: picture \"/etc/hostname\" is an absolute path");
    row("image-link-out", "text.en.md: line 3: picture \"images/out.png\" is a link to a file outside the lesson folder");
    row("image-missing", "text.en.md: line 3: picture \"images/none.png\" is not a file in the lesson folder");
    row("image-html", "text.en.md: line 3: picture \"http://127.0.0.1:8765/y.png\" is a URL");
    row("image-reference", "text.en.md: line 3: picture \"https://example.com/r.png\" is a URL");
    row("title-picture", "lesson.json: field \"title.en\": value \"<img src='file:///etc/hostname'>\"; expected a "
                         "text without pictures");
    row("builtin-id", "lesson.json: field \"id\": value \"gradient-descent\"; expected an id no other lesson uses "
                      "(the lesson in :/lessons/01-gradient-descent has it)");
    row("01-good-image", "");
}

void HostileInputs::checkHostileLessons()
{
    const QTemporaryDir &dir = m_lessons;
    const auto lesson = [&](const QString &name) { return copyQuickLesson(dir, name, name); };
    const auto text = [&](const QString &name, const QByteArray &line) {
        writeBytes(lesson(name) + QStringLiteral("/text.en.md"), "# Title\n\n" + line + "\n");
    };
    QFile::remove(lesson("fifo-lesson-json") + QStringLiteral("/lesson.json"));
    makeFifo(dir, QStringLiteral("fifo-lesson-json/lesson.json"));
    QFile::remove(lesson("text-fifo") + QStringLiteral("/text.en.md"));
    makeFifo(dir, QStringLiteral("text-fifo/text.en.md"));
    for (const auto &[name, target] : {std::pair{"text-dev-zero", "/dev/zero"}, std::pair{"text-etc-passwd", "/etc/passwd"}}) {
        QFile::remove(lesson(QLatin1String(name)) + QStringLiteral("/text.en.md"));
        QFile::link(QLatin1String(target), dir.filePath(QLatin1String(name) + QStringLiteral("/text.en.md")));
    }
    writeBytes(lesson("text-5mb") + QStringLiteral("/text.en.md"), QByteArray(5 * 1024 * 1024, 'x'));
    text("text-invalid-utf8", "caf\xc3\xa9 \xff\xfe");
    text("image-http", "![x](http://127.0.0.1:8765/x.png)");
    text("image-https", "![x](https://example.com/x.png \"title\")");
    text("image-ftp", "![x](ftp://example.com/x.png)");
    text("image-protocol-relative", "![x](//example.com/x.png)");
    text("image-file-url", "![x](file:///etc/hostname)");
    text("image-parent", "![x](../01-good-image/images/x.png)");
    text("image-absolute", "![x](/etc/hostname)");
    text("image-link-out", "![x](images/out.png)");
    QDir().mkpath(dir.filePath("image-link-out/images"));
    QFile::link(QStringLiteral("/etc/hostname"), dir.filePath("image-link-out/images/out.png"));
    text("image-missing", "![x](images/none.png)");
    text("image-html", "<img src=\"http://127.0.0.1:8765/y.png\">");
    text("image-reference", "![r][pic]\n\n[pic]: https://example.com/r.png");
    const QString titled = lesson(QStringLiteral("title-picture")) + QStringLiteral("/lesson.json");
    QFile json(titled);
    json.open(QIODevice::ReadOnly);
    writeBytes(titled, json.readAll().replace("A quick test", "<img src='file:///etc/hostname'>"));
    copyQuickLesson(dir, QStringLiteral("builtin-id"), QStringLiteral("gradient-descent"));
    text("01-good-image", "![a picture](images/x.png) and [a web page](https://example.com) to open on a click");
    QDir().mkpath(dir.filePath("01-good-image/images"));
    writeBytes(dir.filePath("01-good-image/images/x.png"), "png");

    m_lessonCheck = runBounded({"--check-lessons", dir.path()});
}

void HostileInputs::lessonFolders()
{
    QFETCH(QString, folder);
    QFETCH(QString, problem);
    if (!m_lessonCheck)
        checkHostileLessons();
    const Bounded &r = *m_lessonCheck;
    QVERIFY2(r.finished, "--check-lessons did not finish: a FIFO or a device blocked it");
    QCOMPARE(r.result.exitCode, 2);
    const QStringList lines = linesAbout(r.result.err, m_lessons.filePath(folder));
    if (problem.isEmpty()) {
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(u'\n')));
        return;
    }
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QStringLiteral("kobai-run: %1/%2/").arg(m_lessons.path(), folder)),
             qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(problem), qPrintable(lines.first()));
}

void HostileInputs::everyProblemOfALessonIsNamed()
{
    QTemporaryDir dir;
    const QString folder = copyQuickLesson(dir, QStringLiteral("many"), QStringLiteral("many"));
    QFile in(folder + QStringLiteral("/lesson.json"));
    in.open(QIODevice::ReadOnly);
    QByteArray json = in.readAll();
    in.close();
    json.replace("\"order\": 1", "\"order\": -1, \"quiz\": 1")
        .replace("\"en\": \"A quick test\"", "\"en\": \"\"")
        .replace("\"lr\": 0.05}}},\n    {\"name\": \"small\"", "\"lr\": 0}}},\n    {\"name\": \"small\"");
    writeBytes(folder + QStringLiteral("/lesson.json"), json);
    writeBytes(folder + QStringLiteral("/text.ja.md"), "# 題\n\n$$x$$\n");
    writeBytes(folder + QStringLiteral("/text.en.md"), "# Title\n\n![x](http://example.com/x.png)\n");
    // With every experiment good, each question is checked on its own too.
    const QString questions = copyQuickLesson(dir, QStringLiteral("questions"), QStringLiteral("questions"));
    QFile good(questions + QStringLiteral("/lesson.json"));
    good.open(QIODevice::ReadOnly);
    writeBytes(questions + QStringLiteral("/lesson.json"),
               good.readAll().replace("\"questions\": []", "\"questions\": [{\"id\": \"q1\"}, {\"id\": \"q2\"}]"));
    const Bounded r = runBounded({"--check-lessons", dir.path()});
    QVERIFY(r.finished);
    QCOMPARE(r.result.exitCode, 2);
    const QStringList lines = linesAbout(r.result.err, folder);
    const QStringList expected{
        "lesson.json: field \"order\": value -1; expected an integer ≥ 0 and ≤ 9999",
        "lesson.json: field \"title.en\": value \"\"; expected a non-empty string (the English text)",
        "lesson.json: field \"experiments[0].experiment.optimizer.lr\" (SGD): value 0;",
        "lesson.json: field \"quiz\": value 1; expected no such key here",
        "text.ja.md: line 3: raw LaTeX \"$$\"",
        "text.en.md: line 3: picture \"http://example.com/x.png\" is a URL",
    };
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(lines[i].startsWith(QStringLiteral("kobai-run: %1/%2").arg(folder, expected[i])), qPrintable(lines[i]));
    const QStringList questionLines = linesAbout(r.result.err, questions);
    QCOMPARE(questionLines.size(), 2);
    for (int i = 0; i < 2; ++i)
        QVERIFY2(questionLines[i].contains(QStringLiteral("lesson.json: field \"questions[%1].").arg(i)),
                 qPrintable(questionLines[i]));
    QVERIFY2(r.result.err.contains("2 lesson folders checked, 2 broken"), r.result.err.constData());
}

void HostileInputs::idOfAnotherFolderIsRefused()
{
    QTemporaryDir dir;
    copyQuickLesson(dir, QStringLiteral("01-first"), QStringLiteral("same"));
    copyQuickLesson(dir, QStringLiteral("02-second"), QStringLiteral("same"));
    const Bounded r = runBounded({"--check-lessons", dir.path()});
    QCOMPARE(r.result.exitCode, 2);
    QVERIFY2(linesAbout(r.result.err, dir.filePath("01-first")).isEmpty(), r.result.err.constData());
    const QStringList second = linesAbout(r.result.err, dir.filePath("02-second"));
    QCOMPARE(second.size(), 1);
    QVERIFY2(second.first().contains(QStringLiteral("02-second/lesson.json: field \"id\": value \"same\"; expected an id "
                                                    "no other lesson uses (the lesson in %1/01-first has it)")
                                         .arg(dir.path())),
             qPrintable(second.first()));
}

QTEST_GUILESS_MAIN(HostileInputs)
#include "tst_hostile_inputs.moc"
