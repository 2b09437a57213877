#pragma once
// Which renderer draws the window. Where OpenGL has no GPU behind it (Mesa's llvmpipe, as
// on a classroom machine without a graphics driver, a virtual machine or Xvfb), Qt Quick's
// OpenGL renderer rasterises every frame on the CPU, on the GUI thread, and maps hundreds of
// megabytes; Qt Quick's own software renderer draws Kōbai's flat charts and text for a
// fraction of both (Xvfb, lesson 8 streaming: GUI-thread stalls p99 44 → 2.5 ms, resident
// memory 278 → 131 MiB).
class QQuickWindow;

namespace kobai::app {

/// Chooses the software renderer when OpenGL is a CPU rasteriser, unless the user chose a
/// backend (QT_QUICK_BACKEND, QSG_RHI_BACKEND). Call before the first window exists.
void chooseRenderer();

/// "software" or "opengl" (etc.): the renderer drawing window, for the measurements' reports.
const char *rendererName(QQuickWindow *window);

} // namespace kobai::app
