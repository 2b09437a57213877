// One search panel of the lesson (docs/lessons.md › searches[]): its title, the trials
// over two keys of the search space and, for a Bayesian search, what its Gaussian process
// believes (posterior mean, uncertainty, expected improvement) with the points it chose to
// run next, redrawn after each batch of trials; a key to the marks under it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kobai

ColumnLayout {
    id: view

    required property ExperimentController controller
    required property int panel
    readonly property alias canvas: canvas

    spacing: 4

    Label {
        text: view.controller.searches[view.panel]?.title[Language.code] ?? ""
        font.bold: true
        font.pixelSize: 16
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }

    SearchCanvas {
        id: canvas
        objectName: "searchCanvas"
        controller: view.controller
        panel: view.panel
        language: Language.code
        Layout.fillWidth: true
        // Each pane about square, with room for its title and axis labels.
        Layout.preferredHeight: Math.max(220, Math.min(420, width / panes * 0.85 + 80))
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: "#444444"
        text: qsTr("● a trial (on the trials pane: brighter is better)   ○ pruned   × diverged   ◆ red: where the model sends the next trials. Maps: bright where the mean is good, where σ or the expected improvement is large.")
    }
}
