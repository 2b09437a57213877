#pragma once
// Required strings, names, format versions and bilingual texts of lesson files, each
// problem located.
#include "LocalizedText.h"
#include "ObjectReader.h"

namespace kobai::config {

/// A non-empty string at key; `expected` describes it in the message otherwise.
QString requiredString(ObjectReader &reader, const char *key, const QString &expected);

/// An id of lowercase letters, digits, - and _ (ids appear in command lines and file names).
QString requiredName(ObjectReader &reader, const char *key, const QString &expected);

/// The file's "format_version": required, and no newer than `newest`; `what` names
/// the kind of file ("lesson", "glossary") in the message.
void requireFormatVersion(ObjectReader &root, int newest, const QString &what);

/// An object {"ja": …, "en": …} at key with both texts non-empty and without pictures.
LocalizedText readText(ObjectReader &parent, const char *key);

/// The same, for an object already in hand (e.g. an element of an array).
LocalizedText readText(ObjectReader &reader);

} // namespace kobai::config
