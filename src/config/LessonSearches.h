#pragma once
// A lesson's search panels (docs/lessons.md › searches[]): one search experiment drawn over
// two keys of its space, read from its object in lesson.json and checked against it.
#include "Lesson.h"
#include "ObjectReader.h"

namespace kobai::config {

LessonSearch readSearchPanel(ObjectReader &reader, const QList<LessonExperiment> &experiments);

} // namespace kobai::config
