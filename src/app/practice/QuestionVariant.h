#pragma once
// A practice question as QML reads it: every text as {ja, en} so the view follows the
// language switch, a fill_code listing cut at its blanks, and no answer in it (the
// view asks C++ to score a response; the solution and the explanation come afterwards).
#include "Question.h"

#include <QVariantMap>

namespace kobai::app {

/// The kind as lesson files write it: "single", "multiple", "number", "fill_code", "read_curve".
QString kindName(config::Question::Kind kind);

/// {id, kind ("single", …), syllabus, difficulty, prompt, explanation, choices: [{ja, en}],
///  codeParts: [the listing between blanks], blankChoices: [[snippet]], lessonId}.
QVariantMap questionVariant(const config::Question &question, const QString &lessonId);

/// The right answer, shown once a response is scored: {choices: [right indices]} (single,
/// multiple, read_curve), {number, tolerance} as text, or {blanks: [snippet], code: the
/// listing filled in} (fill_code).
QVariantMap solutionVariant(const config::Question &question);

} // namespace kobai::app
