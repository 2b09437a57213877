// Every shipped lesson text as the app renders it (Qt's Markdown, as TextEdit.MarkdownText
// does): no emphasis marker may be left standing as text. CommonMark opens ** only where it
// is "left-flanking": before punctuation such as a link's [ it needs a space or punctuation
// in front, which Japanese text has not, so 多項式の**[荷重減衰](…)** shows its asterisks.
// The fix in a text is to put the emphasis inside the link: [**荷重減衰**](…).
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

class RenderedTexts : public QObject
{
    Q_OBJECT

private slots:
    void noEmphasisMarkerIsLeftAsText();
};

void RenderedTexts::noEmphasisMarkerIsLeftAsText()
{
    const QDir lessons(QStringLiteral(KOBAI_SOURCE_DIR "/lessons"));
    const QStringList folders = lessons.entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    QVERIFY(folders.size() >= 10);
    // Code spans keep their asterisks (10 ** np.random.uniform…): they are not emphasis.
    const QRegularExpression codeSpan(QStringLiteral("`[^`]*`"));
    const QRegularExpression standingMarker(QStringLiteral("\\S\\*\\*|\\*\\*\\S"));
    QStringList found;
    for (const QString &folder : folders)
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            QFile file(lessons.filePath(folder + "/text." + language + ".md"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTextDocument document;
            document.setMarkdown(QString::fromUtf8(file.readAll()).remove(codeSpan));
            for (const QString &line : document.toPlainText().split(u'\n'))
                if (line.contains(standingMarker))
                    found << folder + "/text." + language + ".md: " + line.left(80);
        }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_MAIN(RenderedTexts)
#include "tst_rendered_texts.moc"
