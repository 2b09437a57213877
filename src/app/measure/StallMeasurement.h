#pragma once
// `kobai --measure-stalls S`: once the window has settled, makes a change (the runs
// lengthened, or `--stall-change I=V` moves a control as a learner would), prints how long
// the change took to reach the charts, then the GUI thread's gaps while the runs stream.
#include "AppOptions.h"

class QQuickWindow;

namespace kobai::app {

/// Starts the measurement; it prints its report and quits the application (exit 1 when
/// the lesson cannot be measured, 2 when the control change is refused).
void measureStalls(QQuickWindow *window, const AppOptions &options);

} // namespace kobai::app
