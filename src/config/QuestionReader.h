#pragma once
// Reads a lesson's "questions" array (docs/lessons.md), every problem located.
#include "Lesson.h"
#include "ObjectReader.h"

namespace kobai::config {

/// The questions at root's "questions"; read_curve questions may name one of experiments.
QList<Question> readQuestions(ObjectReader &root, const QList<LessonExperiment> &experiments);

} // namespace kobai::config
