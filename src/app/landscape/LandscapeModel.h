#pragma once
// One loss landscape of a lesson (docs/lessons.md "landscapes"): the contour map of its
// function and the paths of up to six optimizers from one start point, each with the
// optimizer state the engine recorded after every step. The contour map (through a shared
// ContourCache) and the paths are one request on the app's runner; moving the start
// point restarts every path from it. The GUI only reads finished results.
#include "run/ExperimentController.h"
#include "run/ExperimentRunner.h"
#include "Lesson.h"
#include "reading/LessonLibrary.h"

#include "landscape/ContourMap.h"
#include "trajectory/TrajectoryRun.h"

#include <QColor>
#include <QObject>
#include <QPointF>
#include <QUrl>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace kobai::app {

/// One optimizer's path on the landscape.
struct LandscapePath {
    QString name; ///< the lesson's experiment name
    config::LocalizedText label;
    TrajectorySpec spec;
    TrajectoryResult result;
};

class LandscapeModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap title READ title NOTIFY landscapeChanged)
    /// Height over width of the view, so the map can keep the function's proportions.
    Q_PROPERTY(double aspect READ aspect NOTIFY landscapeChanged)
    Q_PROPERTY(QPointF start READ start WRITE setStart NOTIFY startChanged)
    /// The lesson's experiments the paths walk, so the start point can follow into them.
    Q_PROPERTY(QStringList experimentNames READ experimentNames NOTIFY landscapeChanged)
    Q_PROPERTY(QVariantList paths READ paths NOTIFY resultsChanged)
    Q_PROPERTY(int maxStep READ maxStep NOTIFY resultsChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY resultsChanged)

public:
    /// The Okabe–Ito colours the paths take in legend order, and a pen style each.
    static const std::vector<QColor> &pathColors();
    static Qt::PenStyle pathStyle(int index);

    explicit LandscapeModel(QObject *parent = nullptr);

    /// Shows landscape `index` of the library's lesson at `row`; false when there is none.
    Q_INVOKABLE bool load(kobai::app::LessonLibrary *library, int row, int index);
    QStringList experimentNames() const;
    void setLandscape(const config::Lesson &lesson, int index);
    /// Takes the paths' experiments as they now stand in `lesson` (the learner's
    /// controls applied) and walks them again from the current start point.
    void follow(const config::Lesson &lesson);
    /// The same for the lesson the controller has open.
    Q_INVOKABLE void followControls(kobai::app::ExperimentController *controller);

    QVariantMap title() const;
    double aspect() const;
    QPointF start() const { return m_start; }
    void setStart(QPointF start);
    /// [{name, label: {ja, en}, color, style, steps, divergedAt (−1: finished)}]
    QVariantList paths() const;
    int maxStep() const;
    /// Whether the paths shown are those from the current start point.
    bool ready() const { return m_ready; }

    /// The step h of the numerical gradient the panel shows beside g.
    static constexpr double numericalStep = 1e-4;

    /// The numbers of one update as the engine recorded them: the point it started from,
    /// the gradient there and its central-difference estimate (with the difference
    /// numerical − analytic), the rate, the optimizer's state after it, the step taken and
    /// the new point; at step 0 the start alone. Empty for a step the path lacks.
    Q_INVOKABLE QVariantMap stepDetail(int path, int step) const;
    /// step,optimizer,x,y,loss for every point of every path.
    QString csv() const;
    Q_INVOKABLE bool exportCsv(const QUrl &file) const;

    const ContourSpec &contourSpec() const { return m_contourSpec; }
    /// The coordinates' names: x and y, or a model's w and b.
    const std::array<QString, 2> &axisNames() const { return m_axisNames; }
    std::shared_ptr<const ContourMap> contours() const { return m_contours; }
    const std::vector<LandscapePath> &pathResults() const { return m_paths; }

signals:
    void landscapeChanged();
    void startChanged();
    void resultsChanged();

private:
    void recompute();
    void receive(const RunBatch &batch);

    config::LocalizedText m_title;
    ContourSpec m_contourSpec;
    std::array<QString, 2> m_axisNames;
    QPointF m_start;
    std::vector<LandscapePath> m_paths;
    std::shared_ptr<const ContourMap> m_contours;
    /// The paths being walked, filled as the runner's batches arrive: run 0 is the
    /// contour map, run i + 1 path i. A drag restarts them many times; the runner drops
    /// requests overtaken before they start and every result of a replaced one.
    std::vector<LandscapePath> m_incoming;
    std::shared_ptr<const ContourMap> m_incomingContours;
    std::size_t m_outcomes = 0;
    bool m_ready = false;
    ExperimentRunner m_runner; ///< last member: destroyed first, so no result arrives half-torn-down
};

} // namespace kobai::app
