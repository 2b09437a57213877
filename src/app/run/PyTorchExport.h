#pragma once
// An experiment of the open lesson, as the learner's knobs left it, as a PyTorch script
// to read or run beside the app (the "PyTorch code" dialog).
#include "Lesson.h"

#include <QString>

namespace kobai::app {

/// The script for experiment `experiment` of the lesson; for a kind with no PyTorch
/// counterpart (a contour map), why not, as a Python comment; empty for no such experiment.
QString pytorchExport(const config::Lesson &lesson, int experiment);

} // namespace kobai::app
