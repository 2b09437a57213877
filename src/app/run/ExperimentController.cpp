#include "ExperimentController.h"

#include "run/ChartFeed.h"
#include "run/LessonPresentation.h"
#include "run/PyTorchExport.h"

namespace kobai::app {

ExperimentController::ExperimentController(QObject *parent)
    : QObject(parent)
{
    connect(&m_edits, &ControlEdits::valuesChanged, this, &ExperimentController::controlValuesChanged);
    connect(&m_edits, &ControlEdits::experimentsChanged, this,
            [this](const QList<int> &changed) { m_run.startSoon(*openLesson(), changed); });
    connect(&m_run, &LessonRun::resultsChanged, this, &ExperimentController::resultsChanged);
    connect(&m_run, &LessonRun::runningChanged, this, &ExperimentController::runningChanged);
}

void ExperimentController::setLibrary(LessonLibrary *library)
{
    if (m_library == library)
        return;
    m_library = library;
    emit libraryChanged();
    setLessonIndex(m_lessonIndex);
}

void ExperimentController::setLessonIndex(int index)
{
    m_lessonIndex = index;
    std::optional<config::Lesson> lesson;
    m_lessonError.clear();
    if (m_library && index >= 0 && index < m_library->rowCount()) {
        const config::LessonLoad &load = m_library->at(index);
        lesson = load.lesson;
        m_lessonError = load.error;
    }
    m_run.clear(lesson ? lesson->experiments.size() : 0);
    m_edits.open(lesson);
    emit lessonChanged();
    emit controlValuesChanged();
    emit resultsChanged();
    if (hasLesson())
        m_run.start(*openLesson());
}

QVariantMap ExperimentController::lesson() const
{
    return hasLesson() ? LessonPresentation(*openLesson()).lesson() : QVariantMap();
}

QVariantList ExperimentController::experiments() const
{
    return hasLesson() ? LessonPresentation(*openLesson()).experiments() : QVariantList();
}

QVariantList ExperimentController::controls() const
{
    return hasLesson() ? LessonPresentation(*openLesson()).controls() : QVariantList();
}

QVariantList ExperimentController::charts() const
{
    return hasLesson() ? LessonPresentation(*openLesson()).charts() : QVariantList();
}

QVariantList ExperimentController::searches() const
{
    return hasLesson() ? LessonPresentation(*openLesson()).searches() : QVariantList();
}

int ExperimentController::currentEpochs() const
{
    return hasLesson() ? m_run.currentEpochs(*openLesson()) : 0;
}

QVariantList ExperimentController::outcomes() const
{
    return hasLesson() ? m_run.outcomes(*openLesson()) : QVariantList();
}

QVariantList ExperimentController::updatesPerEpoch() const
{
    return hasLesson() ? m_run.updatesPerEpoch(*openLesson()) : QVariantList();
}

void ExperimentController::setControlValue(int control, const QVariant &value)
{
    m_edits.setControlValue(control, value);
}

void ExperimentController::resetControls()
{
    m_edits.resetControls();
}

bool ExperimentController::undoControl()
{
    return m_edits.undo();
}

bool ExperimentController::setExperimentField(const QString &field, const QVariant &value,
                                              const QStringList &experimentNames)
{
    return m_edits.setExperimentField(field, value, experimentNames);
}

void ExperimentController::rerun()
{
    if (hasLesson())
        m_run.start(*openLesson());
}

void ExperimentController::runOnDemand(int experiment)
{
    if (hasLesson() && experiment >= 0 && experiment < openLesson()->experiments.size())
        m_run.runOnDemand(*openLesson(), experiment);
}

void ExperimentController::stop()
{
    m_run.stop();
}

QString ExperimentController::pytorchCode(int experiment) const
{
    return hasLesson() ? pytorchExport(*openLesson(), experiment) : QString();
}

QVariantList ExperimentController::chartSeries(int chart) const
{
    return hasLesson() ? ChartFeed(*openLesson(), m_run.traces()).series(chart) : QVariantList();
}

QVariantMap ExperimentController::fillChart(int chart, const QVariantList &series, int pixels, bool logY) const
{
    if (!hasLesson())
        return {{QStringLiteral("empty"), true}};
    return ChartFeed(*openLesson(), m_run.traces()).fill(chart, series, pixels, logY);
}

} // namespace kobai::app
