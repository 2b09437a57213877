#include "ParagraphPairs.h"

#include <algorithm>

namespace kobai::app {

QStringList markdownBlocks(const QString &markdown)
{
    QStringList blocks;
    QStringList current;
    bool inFence = false;
    const auto flush = [&] {
        if (!current.isEmpty())
            blocks << current.join(QLatin1Char('\n'));
        current.clear();
    };
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```"))) {
            if (!inFence)
                flush();
            current << line;
            if (inFence)
                flush();
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            current << line;
            continue;
        }
        if (trimmed.isEmpty()) {
            flush();
        } else if (trimmed.startsWith(QLatin1Char('#'))) {
            flush();
            current << line;
            flush();
        } else {
            current << line;
        }
    }
    flush();
    return blocks;
}

QList<ParagraphPair> pairParagraphs(const QString &ja, const QString &en)
{
    const QStringList jaBlocks = markdownBlocks(ja);
    const QStringList enBlocks = markdownBlocks(en);
    QList<ParagraphPair> pairs;
    const qsizetype count = std::max(jaBlocks.size(), enBlocks.size());
    for (qsizetype i = 0; i < count; ++i)
        pairs.append({jaBlocks.value(i), enBlocks.value(i)});
    return pairs;
}

} // namespace kobai::app
