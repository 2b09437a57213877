#pragma once
// Reads a question of a lesson's "questions" array (docs/lessons.md), every problem located.
#include "Lesson.h"
#include "ObjectReader.h"

namespace kobai::config {

/// One question object; a read_curve question may name one of experiments.
Question readQuestion(ObjectReader &reader, const QList<LessonExperiment> &experiments);

} // namespace kobai::config
