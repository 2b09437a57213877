#include "LandscapeModel.h"

#include "reading/LocalizedVariant.h"
#include "reading/UpdateFormulas.h"

#include "landscape/ContourCache.h"
#include "trajectory/LossSurface.h"

#include <QSaveFile>
#include <QTextStream>

namespace kobai::app {

namespace {

/// One cache for every landscape view: flipping between lessons redraws from it.
ContourCache &sharedContourCache()
{
    static ContourCache cache;
    return cache;
}

QVariantList pair(double a, double b)
{
    return {a, b};
}

QVariantList formulaLines(const QStringList &lines)
{
    QVariantList out;
    for (const QString &line : lines)
        out << line;
    return out;
}

} // namespace

const std::vector<QColor> &LandscapeModel::pathColors()
{
    // Okabe & Ito (2008), without the yellow that vanishes on white.
    static const std::vector<QColor> colors{QColor(0x0072B2), QColor(0xD55E00), QColor(0x009E73),
                                            QColor(0xCC79A7), QColor(0xE69F00), QColor(0x56B4E9)};
    return colors;
}

Qt::PenStyle LandscapeModel::pathStyle(int index)
{
    static const Qt::PenStyle styles[]{Qt::SolidLine, Qt::DashLine, Qt::DotLine,
                                       Qt::DashDotLine, Qt::DashDotDotLine, Qt::SolidLine};
    return styles[index % 6];
}

LandscapeModel::LandscapeModel(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

bool LandscapeModel::load(LessonLibrary *library, int row, int index)
{
    if (!library || row < 0 || row >= library->rowCount())
        return false;
    const config::LessonLoad &load = library->at(row);
    if (!load.lesson || index < 0 || index >= load.lesson->landscapes.size())
        return false;
    setLandscape(*load.lesson, index);
    return true;
}

void LandscapeModel::setLandscape(const config::Lesson &lesson, int index)
{
    const config::LessonLandscape &landscape = lesson.landscapes.at(index);
    m_title = landscape.title;
    m_contourSpec = landscape.contours;
    const std::array<const char *, 2> axes = LossSurface(m_contourSpec.function).axisNames();
    m_axisNames = {QString::fromLatin1(axes[0]), QString::fromLatin1(axes[1])};
    m_paths.clear();
    m_contours.reset();
    for (const QString &name : landscape.experiments)
        for (const config::LessonExperiment &e : lesson.experiments)
            if (e.name == name)
                m_paths.push_back({e.name, e.label, e.experiment.trajectory, {}});
    const std::array<double, 2> first = m_paths.empty() ? std::array<double, 2>{} : m_paths.front().spec.start;
    m_start = QPointF(first[0], first[1]);
    // Paths (and so maxStep) first: a view that jumps to the last step on landscapeChanged reads it fresh.
    emit resultsChanged();
    emit landscapeChanged();
    emit startChanged();
    recompute();
}

void LandscapeModel::follow(const config::Lesson &lesson)
{
    for (LandscapePath &path : m_paths)
        for (const config::LessonExperiment &e : lesson.experiments)
            if (e.name == path.name && e.experiment.kind == config::ExperimentKind::Trajectory)
                path.spec = e.experiment.trajectory;
    recompute(); // from m_start: a start the learner dragged stays where it is
}

void LandscapeModel::followControls(ExperimentController *controller)
{
    if (controller && controller->openLesson())
        follow(*controller->openLesson());
}

QStringList LandscapeModel::experimentNames() const
{
    QStringList names;
    for (const LandscapePath &path : m_paths)
        names << path.name;
    return names;
}

QVariantMap LandscapeModel::title() const
{
    return localizedVariant(m_title);
}

double LandscapeModel::aspect() const
{
    const ViewRange &r = m_contourSpec.range;
    return (r.y1 - r.y0) / (r.x1 - r.x0);
}

void LandscapeModel::setStart(QPointF start)
{
    if (start == m_start)
        return;
    m_start = start;
    emit startChanged();
    recompute();
}

void LandscapeModel::recompute()
{
    const int generation = ++m_generation;
    std::vector<LandscapePath> jobs = m_paths;
    for (LandscapePath &path : jobs)
        path.spec.start = {m_start.x(), m_start.y()};
    const ContourSpec contourSpec = m_contourSpec;
    emit resultsChanged();
    m_wanted = generation;
    m_pool.start([this, generation, contourSpec, jobs = std::move(jobs)]() mutable {
        if (generation != m_wanted.load())
            return;
        auto contours = sharedContourCache().get(contourSpec);
        for (LandscapePath &path : jobs)
            path.result = runTrajectory(path.spec);
        // Queued to this object: if it is deleted first, Qt drops the call.
        QMetaObject::invokeMethod(
            this,
            [this, generation, contours = std::move(contours), jobs = std::move(jobs)]() mutable {
                accept(generation, std::move(contours), std::move(jobs));
            },
            Qt::QueuedConnection);
    });
}

void LandscapeModel::accept(int generation, std::shared_ptr<const ContourMap> contours, std::vector<LandscapePath> paths)
{
    if (generation != m_generation)
        return; // the learner moved the start point again meanwhile
    m_contours = std::move(contours);
    m_paths = std::move(paths);
    m_shownGeneration = generation;
    emit resultsChanged();
}

QVariantList LandscapeModel::paths() const
{
    QVariantList out;
    for (std::size_t i = 0; i < m_paths.size(); ++i) {
        const LandscapePath &path = m_paths[i];
        const bool diverged = path.result.status == RunStatus::Diverged;
        out << QVariantMap{{QStringLiteral("name"), path.name},
                           {QStringLiteral("label"), localizedVariant(path.label)},
                           {QStringLiteral("color"), pathColors()[i % pathColors().size()]},
                           {QStringLiteral("style"), static_cast<int>(pathStyle(static_cast<int>(i)))},
                           {QStringLiteral("steps"), static_cast<int>(path.result.points.size()) - 1},
                           {QStringLiteral("divergedAt"), diverged ? path.result.stop_step : -1}};
    }
    return out;
}

int LandscapeModel::maxStep() const
{
    int most = 0;
    for (const LandscapePath &path : m_paths)
        most = std::max(most, path.spec.steps);
    return most;
}

QVariantMap LandscapeModel::stepDetail(int path, int step) const
{
    if (path < 0 || path >= static_cast<int>(m_paths.size()))
        return {};
    const LandscapePath &p = m_paths[static_cast<std::size_t>(path)];
    const std::vector<TrajectoryPoint> &points = p.result.points;
    if (step < 0 || step >= static_cast<int>(points.size()))
        return {};
    const TrajectoryPoint &to = points[static_cast<std::size_t>(step)];
    const UpdateFormulas formulas = updateFormulas(p.spec.optimizer);
    QVariantMap detail{{QStringLiteral("step"), step},
                       {QStringLiteral("optimizer"), formulas.optimizer},
                       {QStringLiteral("textbook"), formulaLines(formulas.textbook)},
                       {QStringLiteral("pytorch"), formulaLines(formulas.pytorch)},
                       {QStringLiteral("point"), pair(to.x, to.y)},
                       {QStringLiteral("loss"), to.loss}};
    if (step == 0)
        return detail;
    const TrajectoryPoint &from = points[static_cast<std::size_t>(step - 1)];
    const std::array<double, 2> &g = to.gradient;
    detail.insert(QStringLiteral("g"), pair(g[0], g[1]));
    const LossSurface surface(p.spec.function);
    if (p.spec.batch_size > 0 && p.spec.batch_size < surface.sampleCount()) {
        // A mini-batch's gradient is not the whole loss's: no central difference to check it against.
        detail.insert(QStringLiteral("batch"), static_cast<qlonglong>(p.spec.batch_size));
    } else {
        // Lesson 1's check of the analytic gradient: the central difference with the step
        // ゼロから作るDeep Learning §4.3 uses.
        const std::array<double, 2> numerical = surface.centralDifference(from.x, from.y, numericalStep);
        detail.insert(QStringLiteral("numerical"), pair(numerical[0], numerical[1]));
        detail.insert(QStringLiteral("numericalError"), pair(numerical[0] - g[0], numerical[1] - g[1]));
    }
    QVariantList state;
    for (const OptimizerStateVector &vector : to.state) {
        const QString name = QString::fromStdString(vector.name);
        state << QVariantMap{{QStringLiteral("name"), name},
                             {QStringLiteral("symbol"), stateLabel(vector)},
                             {QStringLiteral("values"), pair(vector.values.at(0), vector.values.at(1))}};
    }
    detail.insert(QStringLiteral("from"), pair(from.x, from.y));
    detail.insert(QStringLiteral("lr"), from.lr);
    detail.insert(QStringLiteral("state"), state);
    detail.insert(QStringLiteral("delta"), pair(to.x - from.x, to.y - from.y));
    return detail;
}

QString LandscapeModel::csv() const
{
    QString text;
    QTextStream out(&text);
    out.setRealNumberPrecision(17);
    out << "step,optimizer,x,y,loss\n";
    for (const LandscapePath &path : m_paths)
        for (const TrajectoryPoint &point : path.result.points)
            out << point.step << ',' << path.name << ',' << point.x << ',' << point.y << ',' << point.loss << '\n';
    return text;
}

bool LandscapeModel::exportCsv(const QUrl &file) const
{
    QSaveFile out(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    out.write(csv().toUtf8());
    return out.commit();
}

} // namespace kobai::app
