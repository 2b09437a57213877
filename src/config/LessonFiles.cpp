#include "LessonFiles.h"

#include "ConfigError.h"
#include "JsonFile.h"
#include "LessonProblems.h"
#include "PictureReferences.h"
#include "TextFields.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace kobai::config {

namespace {

/// Raw LaTeX never reaches the screen: formulas are written in Unicode.
const QRegularExpression latexPattern(
    QStringLiteral(R"(\$\$|\\(frac|sum|prod|nabla|partial|sqrt|cdot|times|eta|alpha|beta|gamma|theta|epsilon|lambda|mathbf|left|right|begin)\b)"));

/// The offset of the first byte that is not UTF-8 (overlong forms and surrogates
/// included), or -1 when every byte is.
qsizetype invalidUtf8Offset(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char lead = b[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0)
            length = 2, code = lead & 0x1F, smallest = 0x80;
        else if ((lead & 0xF0) == 0xE0)
            length = 3, code = lead & 0x0F, smallest = 0x800;
        else if ((lead & 0xF8) == 0xF0)
            length = 4, code = lead & 0x07, smallest = 0x10000;
        else
            return i;
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((b[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (b[i + k] & 0x3F);
        }
        if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

/// Why a picture may not be shown, or an empty string when it is a file inside the
/// lesson folder (or one of the app's resources): nothing is downloaded, nothing else
/// on the learner's disk is shown.
QString pictureProblem(const QString &url, const QString &folder)
{
    const QUrl parsed(url);
    if (parsed.scheme() == QLatin1String("qrc"))
        return {};
    if (url.startsWith(QLatin1String("//")) || !parsed.scheme().isEmpty())
        return QStringLiteral("is a URL (pictures are never downloaded, nor read from outside the lesson)");
    const QString relative = QUrl::fromPercentEncoding(parsed.path(QUrl::FullyEncoded).toUtf8());
    if (QDir::isAbsolutePath(relative))
        return QStringLiteral("is an absolute path");
    const QString root = QDir::cleanPath(folder);
    const QString path = QDir::cleanPath(root + QLatin1Char('/') + relative);
    if (!path.startsWith(root + QLatin1Char('/')))
        return QStringLiteral("leaves the lesson folder");
    if (!QFileInfo(path).isFile())
        return QStringLiteral("is not a file in the lesson folder");
    try {
        requireInsideFolder(path, folder);
    } catch (const ConfigError &) {
        return QStringLiteral("is a link to a file outside the lesson folder");
    }
    return {};
}

/// Throws for a text that is not UTF-8, empty, holds raw LaTeX, or shows a picture
/// from outside the lesson folder; path names the file in the message.
void checkLessonText(const QString &path, const QByteArray &bytes, const QString &text, const QString &folder,
                     QStringList &problems)
{
    const qsizetype invalid = invalidUtf8Offset(bytes);
    if (invalid >= 0) {
        problems << ConfigError(path, QStringLiteral("byte %1 (line %2): not valid UTF-8; expected the lesson text "
                                                     "in UTF-8")
                                          .arg(invalid)
                                          .arg(bytes.left(invalid).count('\n') + 1))
                        .text();
        return;
    }
    if (text.trimmed().isEmpty())
        problems << ConfigError(path, QStringLiteral("empty: expected the lesson text in Markdown")).text();
    const QRegularExpressionMatch latex = latexPattern.match(text);
    if (latex.hasMatch())
        problems << ConfigError(path, QStringLiteral("line %1: raw LaTeX \"%2\"; expected formulas in Unicode with "
                                                     "<sub>/<sup> (docs/lessons.md)")
                                          .arg(text.left(latex.capturedStart()).count(u'\n') + 1)
                                          .arg(latex.captured()))
                        .text();
    for (const PictureReference &picture : pictureReferences(text)) {
        const QString problem = pictureProblem(picture.url, folder);
        if (!problem.isEmpty())
            problems << ConfigError(path, QStringLiteral("line %1: picture \"%2\" %3; expected a picture file inside "
                                                         "the lesson folder, e.g. images/plot.png (docs/lessons.md)")
                                              .arg(text.left(picture.offset).count(u'\n') + 1)
                                              .arg(shortenedForMessage(picture.url), problem))
                            .text();
    }
}

} // namespace

void requireInsideFolder(const QString &path, const QString &folder)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    const QString root = QFileInfo(folder).canonicalFilePath();
    // A missing file is not a link anywhere: reading it says so.
    if (target.isEmpty() || root.isEmpty() || target.startsWith(root + QLatin1Char('/')))
        return;
    throw ConfigError(path, QStringLiteral("a link to %1, outside the lesson folder; expected a file inside %2")
                                .arg(shortenedForMessage(target), root));
}

LocalizedText readLessonText(const QString &folder, QStringList &problems)
{
    LocalizedText text;
    for (const auto &[language, target] : {std::pair{QStringLiteral("ja"), &text.ja}, std::pair{QStringLiteral("en"), &text.en}}) {
        const QString path = folder + QStringLiteral("/text.%1.md").arg(language);
        keepProblem(problems, [&, target = target] {
            if (!QFileInfo::exists(path))
                throw ConfigError(path, QStringLiteral("missing: each lesson needs text.ja.md and text.en.md beside lesson.json"));
            requireInsideFolder(path, folder);
            const QByteArray bytes = readWholeFile(path);
            *target = QString::fromUtf8(bytes);
            checkLessonText(path, bytes, *target, folder, problems);
        });
    }
    return text;
}

void checkGlossaryLinks(const Lesson &lesson, const Glossary &glossary, QStringList &problems)
{
    for (const auto &[language, text] : {std::pair{QStringLiteral("ja"), &lesson.text.ja},
                                         std::pair{QStringLiteral("en"), &lesson.text.en}})
        for (const GlossaryLink &link : glossaryLinks(*text))
            if (!glossary.find(link.id))
                problems << ConfigError(lesson.folder + QStringLiteral("/text.%1.md").arg(language),
                                        QStringLiteral("line %1: glossary link \"%2\" names no term; expected the id "
                                                       "of a term in the glossary (lessons/glossary.json)")
                                            .arg(link.line)
                                            .arg(shortenedForMessage(link.id)))
                                .text();
}

} // namespace kobai::config
