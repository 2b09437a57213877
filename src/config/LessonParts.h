#pragma once
// The parts of a lesson that name its experiments: the controls that change them, the
// charts that plot them and the landscapes that draw their paths, each read from its
// object in lesson.json and checked against the experiments it names (a control's every
// value must be one they accept; a chart's series ones they produce).
#include "Lesson.h"
#include "ObjectReader.h"

namespace kobai::config {

/// The file's name of a chart's x axis: "epoch", "updates", … "trial".
QString xAxisName(LessonChart::XAxis x);

LessonControl readControl(ObjectReader &reader, const QList<LessonExperiment> &experiments);
/// A layer chart (x activation, weight, layer) is also checked against every value of the
/// controls that change its experiments: none may take its epoch or layers away.
LessonChart readChart(ObjectReader &reader, const QList<LessonExperiment> &experiments,
                      const QList<LessonControl> &controls);
LessonLandscape readLandscape(ObjectReader &reader, const QList<LessonExperiment> &experiments);

} // namespace kobai::config
