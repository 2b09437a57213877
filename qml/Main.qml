// The window: remembers its geometry and the last lesson, and hosts the app's view.
import QtQuick
import QtQuick.Controls
import Qt.labs.settings
import Kobai

ApplicationWindow {
    id: window

    /// A lesson id from the command line; wins over the remembered one.
    property string requestedLessonId: ""
    readonly property alias controller: view.controller

    width: 1280
    height: 800
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: qsTr("Kōbai — learning by gradient descent")

    Settings {
        id: settings
        category: "window"
        property alias x: window.x
        property alias y: window.y
        property alias width: window.width
        property alias height: window.height
        property string lessonId: ""
    }

    AppView {
        id: view
        anchors.fill: parent
        library: LessonLibrary {}
        initialLessonId: window.requestedLessonId !== "" ? window.requestedLessonId : settings.lessonId
        onOpenedLessonIdChanged: if (openedLessonId !== "") settings.lessonId = openedLessonId
    }
}
