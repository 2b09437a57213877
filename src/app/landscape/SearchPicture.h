#pragma once
// What one search panel of a lesson shows (docs/lessons.md › searches[]), in the panel's
// own coordinates: log₁₀ of a log key (and of choices a decade or more apart), any other
// key as it is. The trials
// so far as points, and for a Bayesian search the latest belief maps (posterior mean,
// standard deviation, expected improvement) over a regular grid with the points the model
// chose to run next. SearchCanvas paints it; tests read it.
#include "run/RunTrace.h"

#include "Lesson.h"

#include <Eigen/Core>

#include <QPointF>
#include <QString>

#include <vector>

namespace kobai::app {

struct SearchPane {
    config::LessonSearch::Layer layer = config::LessonSearch::Layer::Trials;
    /// A map pane's values, (i, j) at (cellX(i), cellY(j)), minimised sense for the mean;
    /// empty for the trials pane, and until the search's model has made its first map.
    Eigen::MatrixXd values;
    double low = 0.0; ///< the range the colours span (the trials' objectives on the trials pane)
    double high = 0.0;
    bool brighterIsHigher = false; ///< sd and ei: bright where large; objective and mean: bright where good
};

struct SearchPoint {
    QPointF at;
    double objective = 0.0; ///< minimised (val_acc negated)
    TrialStatus status = TrialStatus::Ok;
};

struct SearchPicture {
    double x0 = 0.0, x1 = 1.0, y0 = 0.0, y1 = 1.0; ///< the axes' ranges
    bool logX = false; ///< the x key is log-scaled: the axis is its log₁₀
    bool logY = false;
    Eigen::VectorXd cellX; ///< the belief grid's coordinates on each axis
    Eigen::VectorXd cellY;
    std::vector<SearchPane> panes;
    std::vector<SearchPoint> trials;
    bool showTrials = true; ///< the trials are drawn (over the maps, when there are maps)
    std::vector<QPointF> chosen; ///< where the model sent the batch now running (maps only)
    int budget = 0;              ///< the search's trials in all
    bool maximises = false;      ///< the objective is val_acc: captions show accuracy, not its negation
};

/// Panel `panel` of the lesson from its run's trace (the lesson has that panel).
SearchPicture searchPicture(const config::Lesson &lesson, int panel, const std::vector<RunTrace> &traces);

} // namespace kobai::app
