#pragma once
// A lesson text as QML reads it: {ja: …, en: …}, so a binding picks text[Language.code]
// and follows the language switch.
#include "Lesson.h"

#include <QVariantMap>

namespace kobai::app {

inline QVariantMap localizedVariant(const config::LocalizedText &text)
{
    return {{QStringLiteral("ja"), text.ja}, {QStringLiteral("en"), text.en}};
}

} // namespace kobai::app
