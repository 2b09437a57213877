#include "LandscapeModel.h"

#include "reading/LocalizedVariant.h"
#include "reading/UpdateFormulas.h"

#include "trajectory/LossSurface.h"

#include <QSaveFile>
#include <QTextStream>

namespace kobai::app {

namespace {

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
    connect(&m_runner, &ExperimentRunner::batchReady, this, &LandscapeModel::receive);
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
    m_incoming = m_paths;
    m_incomingContours.reset();
    m_outcomes = 0;
    m_ready = false;
    std::vector<RunRequest> runs;
    config::Experiment contours;
    contours.kind = config::ExperimentKind::Contours;
    contours.contours = m_contourSpec;
    runs.push_back({QStringLiteral("contours"), std::move(contours)});
    for (LandscapePath &path : m_incoming) {
        path.spec.start = {m_start.x(), m_start.y()};
        path.result = {};
        config::Experiment walk;
        walk.kind = config::ExperimentKind::Trajectory;
        walk.trajectory = path.spec;
        runs.push_back({path.name, std::move(walk)});
    }
    m_runner.start(std::move(runs));
    emit resultsChanged();
}

void LandscapeModel::receive(const RunBatch &batch)
{
    // Only the latest request's results arrive here (the runner drops a replaced one's).
    for (const RunChunk &chunk : batch) {
        if (chunk.contours)
            m_incomingContours = chunk.contours;
        if (chunk.run > 0 && !chunk.steps.empty())
            m_incoming.at(static_cast<std::size_t>(chunk.run - 1)).result.points = chunk.steps;
        if (chunk.outcome) {
            ++m_outcomes;
            if (chunk.run > 0) {
                TrajectoryResult &result = m_incoming.at(static_cast<std::size_t>(chunk.run - 1)).result;
                result.status = chunk.outcome->status;
                result.stop_step = chunk.outcome->stopEpoch;
                result.message = chunk.outcome->message.toStdString();
            }
        }
    }
    if (m_outcomes < m_incoming.size() + 1)
        return;
    m_contours = std::move(m_incomingContours);
    m_paths = std::move(m_incoming);
    m_incoming.clear();
    m_ready = true;
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
