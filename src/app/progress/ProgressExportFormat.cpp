#include "ProgressExportFormat.h"

#include <cmath>

namespace kobai::progress {

namespace {

/// Imported times must lie here: Leitner dates after them stay printable (ISO 8601
/// has four-digit years), and a year 9999 is a typo, not an answer.
const QDateTime earliestTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime latestTime(QDate(3000, 1, 1), QTime(0, 0), Qt::UTC);

/// A JSON value as a message shows it: strings quoted and cut at 80 characters.
QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: {
        const QString text = value.toString();
        return QLatin1Char('"') + (text.size() > 80 ? text.left(80) + QStringLiteral("…") : text) + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    default:
        return {};
    }
}

/// "where: value (its kind); expected …", or "where is missing; expected …".
QString located(const QString &where, const QJsonValue &value, const QString &expected)
{
    if (value.isUndefined())
        return QStringLiteral("%1 is missing; expected %2").arg(where, expected);
    const QString kind = kindOf(value);
    return QStringLiteral("%1: %2%3; expected %4")
        .arg(where, shown(value), kind.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kind), expected);
}

bool nonEmptyString(const QJsonObject &object, const QString &key, const QString &where, QString *value,
                    QString *problem)
{
    const QJsonValue v = object.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        *problem = located(where + QLatin1Char('.') + key, v, QStringLiteral("a non-empty string"));
        return false;
    }
    *value = v.toString();
    return true;
}

bool timeField(const QJsonObject &object, const QString &key, const QString &where, QDateTime *value,
               QString *problem)
{
    const QJsonValue v = object.value(key);
    const QDateTime at = v.isString() ? fromIsoTime(v.toString()) : QDateTime();
    if (!at.isValid()) {
        *problem = located(where + QLatin1Char('.') + key, v,
                           QStringLiteral("an ISO 8601 time such as \"2026-11-24T09:00:00.000Z\""));
        return false;
    }
    if (at < earliestTime || at >= latestTime) {
        *problem = located(where + QLatin1Char('.') + key, v, QStringLiteral("a time between 1970 and 2999"));
        return false;
    }
    *value = at;
    return true;
}

/// The array under `key` (an object there is refused, not read as empty); an optional
/// one may be missing.
bool arrayField(const QJsonObject &json, const QString &key, bool optional, QJsonArray *array, QString *problem)
{
    const QJsonValue v = json.value(key);
    if (optional && v.isUndefined())
        return true;
    if (!v.isArray()) {
        *problem = located(QLatin1Char('"') + key + QLatin1Char('"'), v, QStringLiteral("an array"));
        return false;
    }
    *array = v.toArray();
    return true;
}

} // namespace

QJsonObject progressExport(const QJsonArray &lessonsDone, const QList<AnswerRecord> &answers)
{
    QJsonArray answered;
    for (const AnswerRecord &a : answers)
        answered.append(QJsonObject{{"lesson_id", a.lessonId},
                                    {"question_id", a.questionId},
                                    {"answered_at", isoTime(a.answeredAt)},
                                    {"correct", a.correct},
                                    {"seconds", a.seconds},
                                    {"response", a.response}});
    return QJsonObject{{"kobai_progress", exportFormatVersion}, {"lessons_done", lessonsDone}, {"answers", answered}};
}

bool readExport(const QJsonObject &json, ExportContent *content, QString *problem)
{
    const QJsonValue version = json.value(QStringLiteral("kobai_progress"));
    if (!version.isDouble() || version.toDouble() != exportFormatVersion) {
        *problem = located(QStringLiteral("\"kobai_progress\""), version,
                           QStringLiteral("the number %1 (a Kōbai progress export of format %1)").arg(exportFormatVersion));
        return false;
    }
    QJsonArray done;
    QJsonArray answers;
    if (!arrayField(json, QStringLiteral("lessons_done"), true, &done, problem)
        || !arrayField(json, QStringLiteral("answers"), false, &answers, problem))
        return false;
    for (qsizetype i = 0; i < done.size(); ++i) {
        const QString where = QStringLiteral("lessons_done[%1]").arg(i);
        if (!done[i].isObject()) {
            *problem = located(where, done[i], QStringLiteral("an object with lesson_id and done_at"));
            return false;
        }
        const QJsonObject entry = done[i].toObject();
        QPair<QString, QDateTime> lesson;
        if (!nonEmptyString(entry, QStringLiteral("lesson_id"), where, &lesson.first, problem)
            || !timeField(entry, QStringLiteral("done_at"), where, &lesson.second, problem))
            return false;
        content->lessonsDone << lesson;
    }
    content->answers.reserve(answers.size());
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString where = QStringLiteral("answers[%1]").arg(i);
        if (!answers[i].isObject()) {
            *problem = located(where, answers[i],
                               QStringLiteral("an object with lesson_id, question_id, answered_at and correct"));
            return false;
        }
        const QJsonObject entry = answers[i].toObject();
        AnswerRecord a;
        if (!nonEmptyString(entry, QStringLiteral("lesson_id"), where, &a.lessonId, problem)
            || !nonEmptyString(entry, QStringLiteral("question_id"), where, &a.questionId, problem)
            || !timeField(entry, QStringLiteral("answered_at"), where, &a.answeredAt, problem))
            return false;
        const QJsonValue correct = entry.value(QStringLiteral("correct"));
        if (!correct.isBool()) {
            *problem = located(where + QStringLiteral(".correct"), correct, QStringLiteral("true or false"));
            return false;
        }
        a.correct = correct.toBool();
        const QJsonValue seconds = entry.value(QStringLiteral("seconds"));
        if (!seconds.isUndefined()
            && (!seconds.isDouble() || !std::isfinite(seconds.toDouble()) || seconds.toDouble() < 0)) {
            *problem = located(where + QStringLiteral(".seconds"), seconds, QStringLiteral("a number ≥ 0"));
            return false;
        }
        a.seconds = seconds.toDouble(0.0);
        const QJsonValue response = entry.value(QStringLiteral("response"));
        if (!response.isUndefined() && !response.isString()) {
            *problem = located(where + QStringLiteral(".response"), response, QStringLiteral("a string"));
            return false;
        }
        a.response = response.toString();
        content->answers << a;
    }
    return true;
}

} // namespace kobai::progress
