#include "LearnerAnswer.h"

#include <QRegularExpression>

namespace kobai::app {

namespace {

/// Full-width digits and signs as a Japanese input method types them, made ASCII.
QString asciiDigits(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out += QChar(u'0' + (u - 0xFF10));
        else if (u == 0xFF0E || u == 0x3002) // ． and 。 typed for the decimal point
            out += QLatin1Char('.');
        else if (u == 0xFF0C || u == 0x3001) // ， and 、
            out += QLatin1Char(',');
        else if (u == 0x2212 || u == 0xFF0D) // − and －
            out += QLatin1Char('-');
        else if (u == 0xFF45 || u == 0xFF25) // ｅ Ｅ
            out += QLatin1Char('e');
        else if (c.isSpace() || u == u'_' || u == 0x2009 || u == 0x202F)
            continue; // grouping: "1 000", "31 250"
        else
            out += c;
    }
    return out;
}

} // namespace

std::optional<double> parseLearnerNumber(const QString &typed)
{
    QString text = asciiDigits(typed);
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    const qsizetype point = text.lastIndexOf(QLatin1Char('.'));
    if (comma >= 0 && point >= 0) {
        // Both: the later one is the decimal mark ("1,234.5" and "1.234,5").
        const QChar group = comma < point ? QLatin1Char(',') : QLatin1Char('.');
        text.remove(group);
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (comma >= 0) {
        // Commas alone group thousands when every group after the first has three
        // digits ("31,250", "1,000,000"); otherwise one comma is a decimal comma ("0,5").
        static const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}(,\\d{3})+$"));
        if (grouped.match(text).hasMatch())
            text.remove(QLatin1Char(','));
        else if (text.count(QLatin1Char(',')) == 1)
            text.replace(QLatin1Char(','), QLatin1Char('.'));
        else
            return std::nullopt;
    }
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)(e[-+]?\\d+)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!number.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

config::Response learnerResponse(const config::Question &question, const QVariantList &chosen,
                                 const QString &typedNumber)
{
    config::Response response;
    if (question.kind == config::Question::Kind::Number) {
        response.number = parseLearnerNumber(typedNumber);
        return response;
    }
    for (const QVariant &index : chosen)
        response.chosen.append(index.toInt());
    return response;
}

QString responseText(const config::Question &question, const config::Response &response)
{
    if (question.kind == config::Question::Kind::Number)
        return response.number ? QString::number(*response.number, 'g', 12) : QString();
    QStringList parts;
    for (qsizetype i = 0; i < response.chosen.size(); ++i) {
        const int index = response.chosen.at(i);
        if (question.kind == config::Question::Kind::FillCode) {
            const QStringList choices = i < question.blankChoices.size() ? question.blankChoices.at(i) : QStringList();
            parts << (index >= 0 && index < choices.size() ? choices.at(index) : QStringLiteral("(empty)"));
        } else if (index >= 0 && index < question.choices.size()) {
            parts << question.choices.at(index).en;
        }
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace kobai::app
