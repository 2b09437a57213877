#include "PythonLiteral.h"

#include <QLocale>

#include <cmath>

namespace kobai::config {

QString pythonString(const QString &text)
{
    QString literal;
    literal.reserve(text.size() + 2);
    literal += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        // A surrogate pair is one code point; a lone surrogate is escaped as itself.
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        switch (c) {
        case U'"':
            literal += QStringLiteral("\\\"");
            continue;
        case U'\\':
            literal += QStringLiteral("\\\\");
            continue;
        case U'\n':
            literal += QStringLiteral("\\n");
            continue;
        case U'\r':
            literal += QStringLiteral("\\r");
            continue;
        case U'\t':
            literal += QStringLiteral("\\t");
            continue;
        default:
            break;
        }
        // % as well: the script is put together with QString::arg, which would read
        // a "%1" written in a file as one of its own placeholders.
        if (c >= 0x20 && c < 0x7f && c != U'%')
            literal += QChar(c);
        else if (c < 0x100)
            literal += QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'));
        else if (c < 0x10000)
            literal += QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
        else
            literal += QStringLiteral("\\U%1").arg(static_cast<uint>(c), 8, 16, QLatin1Char('0'));
    }
    literal += QLatin1Char('"');
    return literal;
}

QString pythonNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("float(\"nan\")");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("float(\"inf\")") : QStringLiteral("-float(\"inf\")");
    if (value == 0 && std::signbit(value))
        return QStringLiteral("-0.0"); // "-0" would be Python's integer 0
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace kobai::config
