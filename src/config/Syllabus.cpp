#include "Syllabus.h"

#include "JsonFile.h"
#include "ObjectReader.h"
#include "TextFields.h"

#include <QSet>

#include <algorithm>

namespace kobai::config {

QList<SyllabusItem> readSyllabusFile(const QString &path)
{
    ObjectReader root(parseJsonObject(readWholeFile(path), path, QStringLiteral("the syllabus")), QString(), path);
    requireFormatVersion(root, syllabusFormatVersion, QStringLiteral("syllabus"));
    if (!root.has("items"))
        root.fail("items", QStringLiteral("a non-empty array of syllabus items {id, name}"));
    std::vector<ObjectReader> readers = root.objects("items");
    if (readers.empty())
        root.fail("items", QStringLiteral("a non-empty array of syllabus items {id, name}"));
    QList<SyllabusItem> items;
    QSet<QString> ids;
    for (ObjectReader &reader : readers) {
        SyllabusItem item;
        item.id = requiredName(reader, "id", QStringLiteral("an id of lowercase letters, digits, - and _"));
        if (ids.contains(item.id))
            reader.fail("id", QStringLiteral("an id no other item uses"));
        ids.insert(item.id);
        item.name = readText(reader, "name");
        reader.finish();
        items << item;
    }
    root.finish();
    return items;
}

const QList<SyllabusItem> &syllabusItems()
{
    static const QList<SyllabusItem> items = readSyllabusFile(QStringLiteral(":/lessons/syllabus.json"));
    return items;
}

const SyllabusItem *findSyllabusItem(const QString &id)
{
    const QList<SyllabusItem> &items = syllabusItems();
    const auto it = std::find_if(items.begin(), items.end(), [&](const SyllabusItem &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace kobai::config
