// The window: opens fitting the screen it is on (maximised on a wide one the first
// time), remembers its geometry, zoom and last lesson, and hosts the app's view.
import QtQuick
import QtQuick.Controls
import QtQuick.Window
import Qt.labs.settings
import Kobai

ApplicationWindow {
    id: window

    /// A lesson id from the command line; wins over the remembered one.
    property string requestedLessonId: ""
    /// Off for headless runs (screenshots, measurements), which must not show or use up the tour.
    property bool showTour: true
    readonly property alias controller: view.controller
    readonly property alias view: view
    /// Geometry is remembered only once it has been placed, not while it is being restored.
    property bool placed: false

    width: Math.min(1280, Screen.desktopAvailableWidth)
    height: Math.min(800, Screen.desktopAvailableHeight)
    minimumWidth: Math.min(800, Screen.desktopAvailableWidth)
    minimumHeight: Math.min(560, Screen.desktopAvailableHeight)
    visible: true
    title: qsTr("Kōbai — learning by gradient descent")

    Settings {
        id: settings
        category: "window"
        property int x: 0
        property int y: 0
        /// 0 until the learner's session has placed the window once.
        property int width: 0
        property int height: 0
        property bool maximized: false
        property string lessonId: ""
    }

    /// A remembered size never exceeds the screen the window opens on now (a laptop
    /// that was on a large monitor last time); with none, a wide screen gets the window maximised.
    function place() {
        const availableWidth = Screen.desktopAvailableWidth
        const availableHeight = Screen.desktopAvailableHeight
        if (settings.width > 0 && settings.height > 0) {
            width = Math.min(settings.width, availableWidth)
            height = Math.min(settings.height, availableHeight)
            x = Math.max(0, Math.min(settings.x, availableWidth - width))
            y = Math.max(0, Math.min(settings.y, availableHeight - height))
            if (settings.maximized)
                showMaximized()
        } else if (availableWidth > 1600) {
            // The whole screen even where no window manager maximises (a bare X server).
            x = 0
            y = 0
            width = availableWidth
            height = availableHeight
            showMaximized()
        }
        placed = true
    }

    function remember() {
        if (!placed)
            return
        settings.maximized = visibility === Window.Maximized
        if (visibility !== Window.Windowed)
            return
        settings.x = x
        settings.y = y
        settings.width = width
        settings.height = height
    }

    Component.onCompleted: place()
    onXChanged: remember()
    onYChanged: remember()
    onWidthChanged: remember()
    onHeightChanged: remember()
    onVisibilityChanged: remember()

    AppView {
        id: view
        anchors.fill: parent
        library: LessonLibrary {}
        tourEnabled: window.showTour
        initialLessonId: window.requestedLessonId !== "" ? window.requestedLessonId : settings.lessonId
        onOpenedLessonIdChanged: if (openedLessonId !== "") settings.lessonId = openedLessonId
    }
}
