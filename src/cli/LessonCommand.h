#pragma once
// kobai-run's lesson commands: check every lesson folder under a directory, and
// run a lesson's experiments headless.
#include <QString>

namespace kobai::cli {

/// Reports each broken lesson under dir (file, field, value, expectation) on
/// stderr; returns InvalidInput when any is broken or none is found.
int checkLessons(const QString &dir);

struct LessonRun {
    QString lessonsDir; ///< where the lesson folders are (the embedded ":/lessons" by default)
    QString id;
    QString experiment; ///< empty: every experiment, in order
    QString outDir;     ///< empty: only the first experiment's CSV, to stdout
};

/// Runs a lesson's experiments; stdout gets the first one's epoch CSV, outDir one
/// NAME.csv (with NAME.updates.csv and NAME.summary.json) per experiment.
/// Returns Diverged when any diverged.
int runLesson(const LessonRun &run);

} // namespace kobai::cli
