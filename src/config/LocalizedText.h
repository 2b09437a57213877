#pragma once
// A text in both languages of the product; ja comes first everywhere.
#include <QString>

namespace kobai::config {

struct LocalizedText {
    QString ja;
    QString en;
    /// The text in language "ja" or "en" (anything else reads as ja).
    const QString &in(const QString &language) const { return language == QLatin1String("en") ? en : ja; }
};

} // namespace kobai::config
