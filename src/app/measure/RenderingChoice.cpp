#include "RenderingChoice.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace kobai::app {

namespace {

bool openGlRunsOnTheCpu()
{
    QOpenGLContext context;
    if (!context.create())
        return false; // no OpenGL at all: Qt Quick picks its fallback itself
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!context.makeCurrent(&surface))
        return false;
    const QByteArray renderer = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    context.doneCurrent();
    return renderer.contains("llvmpipe") || renderer.contains("softpipe") || renderer.contains("Software Rasterizer");
}

} // namespace

void chooseRenderer()
{
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return;
    if (openGlRunsOnTheCpu())
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

const char *rendererName(QQuickWindow *window)
{
    const QSGRendererInterface *renderer = window->rendererInterface();
    switch (renderer ? renderer->graphicsApi() : QSGRendererInterface::Unknown) {
    case QSGRendererInterface::Software:
        return "software";
    case QSGRendererInterface::OpenGL:
        return "opengl";
    default:
        return "other";
    }
}

} // namespace kobai::app
