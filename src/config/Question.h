#pragma once
// An exam-style practice question of a lesson (docs/lessons.md, "questions"), and
// whether a learner's response answers it.
#include "Experiment.h"
#include "LocalizedText.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kobai::config {

struct Question {
    enum class Kind { Single, Multiple, Number, FillCode, ReadCurve };
    QString id;
    Kind kind = Kind::Single;
    QString syllabus; ///< a Syllabus.h id
    int difficulty = 1; ///< 1 (recall) … 3 (multi-step calculation)
    LocalizedText prompt;
    LocalizedText explanation;
    /// single, multiple, read_curve: the choices, and the indices of the right ones
    /// (one for single and read_curve). fill_code: answers[i] is the right choice of blank i.
    QList<LocalizedText> choices;
    QList<int> answers;
    /// number: the right value and the absolute tolerance around it.
    double answer = 0.0;
    double tolerance = 0.0;
    /// fill_code: the listing, each blank written as ____ (four underscores), and each blank's choices.
    QString code;
    QList<QStringList> blankChoices;
    /// read_curve: the experiment whose learning curve the learner reads (run live).
    QJsonObject curveSource;
    std::optional<Experiment> curve;
};

/// The marker of one blank in a fill_code listing.
inline const QString codeBlank = QStringLiteral("____");

/// A learner's response: chosen indices (single, multiple, read_curve; for fill_code
/// one index per blank, in order) or a number.
struct Response {
    QList<int> chosen;
    std::optional<double> number;
};

/// Whether the response answers the question: the same set of choices, every
/// blank right, or a number within the tolerance.
bool isCorrect(const Question &question, const Response &response);

} // namespace kobai::config
