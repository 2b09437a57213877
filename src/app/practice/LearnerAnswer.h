#pragma once
// A learner's answer as the question views hand it over (chosen indices, the text typed
// into a number field) turned into a config::Response to score, and into the text the
// progress export keeps so a teacher can read what was answered.
#include "Question.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace kobai::app {

/// A number as a learner types it, in either language's habits: "0.5", "0,5", "1 000",
/// "31,250", full-width digits "０．５", the minus signs − and －, "1e-3". Nothing when it
/// is not one number.
std::optional<double> parseLearnerNumber(const QString &typed);

/// The response of chosen indices (single, multiple, read_curve; fill_code: one per
/// blank, -1 for a blank left empty) or of the typed number.
config::Response learnerResponse(const config::Question &question, const QVariantList &chosen,
                                 const QString &typedNumber);

/// What was answered, in words: the chosen choices (English), the snippets, or the number.
QString responseText(const config::Question &question, const config::Response &response);

} // namespace kobai::app
