#pragma once
// The committed corpus of broken inputs (tests/data/broken) and its manifest,
// expected.json: what each file must make Kōbai say. Shared by the tests that feed
// the corpus to kobai-run and to the app's lesson library.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

namespace {

const QString brokenCorpus = QStringLiteral(KOBAI_SOURCE_DIR "/tests/data/broken");

/// expected.json, or an empty object when it cannot be read (the tests then fail on it).
inline QJsonObject brokenManifest()
{
    QFile file(brokenCorpus + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The manifest's entries of one section: "experiments", "lessons" or "idx".
inline QJsonObject brokenEntries(const QString &section) { return brokenManifest().value(section).toObject(); }

/// A Qt Test data table with one row per manifest entry of a section: the file or folder
/// name in the column nameColumn, and its entry in "expected".
inline void addBrokenRows(const QString &section, const char *nameColumn)
{
    QTest::addColumn<QString>(nameColumn);
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject entries = brokenEntries(section);
    for (auto it = entries.begin(); it != entries.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
}

/// What is on disk for a section: the experiment files, the lesson folders, the IDX folders.
inline QStringList brokenOnDisk(const QString &section)
{
    const QDir dir(brokenCorpus + QLatin1Char('/') + section);
    return section == QLatin1String("experiments") ? dir.entryList(QDir::Files, QDir::Name)
                                                   : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

/// The piece of an entry's expectation the message lacks, or an empty string when it has
/// them all: a problem with the whole file, or the field, the value and what was expected.
inline QString missingFromMessage(const QJsonObject &entry, const QString &message)
{
    QStringList pieces;
    if (entry.contains(QLatin1String("problem")))
        pieces << entry.value(QLatin1String("problem")).toString();
    else
        pieces << QStringLiteral("field \"%1\"").arg(entry.value(QLatin1String("field")).toString())
               << QStringLiteral(": value %1; expected %2")
                      .arg(entry.value(QLatin1String("value")).toString(),
                           entry.value(QLatin1String("expected")).toString());
    for (const QString &piece : std::as_const(pieces))
        if (!message.contains(piece))
            return piece;
    return {};
}

} // namespace
