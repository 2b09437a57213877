#pragma once
// The kobai executable's command line, read and checked before any window opens:
// every number is finite and inside its documented range, or the program says which
// option, which value and what it takes, and exits with 2.
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace kobai::app {

/// `--control I=V`: the lesson's control number I (0-based, in its `controls` list) set to
/// V, as typed; it is checked against the control once the lesson is open.
struct ControlPreset {
    int index = 0;
    QString value;
};

struct AppOptions {
    QString lessonId;
    QString language;
    double runSeconds = 2.0;
    QString screenshot;
    double stallSeconds = 0.0;
    int stallIntervalMs = 1;
    /// `--stall-change I=V`: the change --measure-stalls times (none: the runs lengthened).
    std::optional<ControlPreset> stallChange;
    bool measureStartup = false;
    QString dataDir;
    std::optional<QSize> size;
    QList<ControlPreset> controls;

    /// Runs that only look (a screenshot, a measurement) must not change what the
    /// learner's own sessions remember.
    bool headless() const { return !screenshot.isEmpty() || stallSeconds > 0 || measureStartup; }
};

/// Reads the arguments (argv[0] first). On --help or --version prints and exits 0; on a
/// bad option prints one line naming it to stderr and exits 2. Needs only a
/// QCoreApplication, so `kobai --help` works without a display.
AppOptions parseAppOptions(const QStringList &arguments);

/// Whether the arguments only ask for help or the version (no window is needed).
bool asksOnlyForInformation(int argc, char **argv);

} // namespace kobai::app
