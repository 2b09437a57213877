#pragma once
// `kobai --lesson ID --control I=V`: a teacher opens a lesson with its knobs preset for
// a demonstration. Each value is checked against its control (a listed value, or a
// number within the control's range) before any is applied.
#include "AppOptions.h"

#include <QString>

namespace kobai::app {

class ExperimentController;

/// Applies the presets to the open lesson; returns why one cannot be applied (naming the
/// control and what it takes), or an empty string when all were.
QString applyControlPresets(ExperimentController &controller, const QList<ControlPreset> &presets);

} // namespace kobai::app
