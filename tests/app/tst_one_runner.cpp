// Issue 14, point 6: the app runs the engine off the GUI thread one way. A lesson's
// training, a question's curve and a landscape's paths all run on the process's
// RunWorkers (no kind makes a thread of its own), and each is cancelled by the same
// model: a lesson switch (or a new question, or a new landscape) mid-run leaves no
// result of the old work arriving afterwards.
#include "landscape/LandscapeModel.h"
#include "practice/QuestionSource.h"
#include "run/CurveRun.h"
#include "run/LessonRun.h"
#include "run/RunWorkers.h"

#include <QDir>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace kobai;
using namespace kobai::app;

namespace {

constexpr int timeoutMs = 30000;

qsizetype threadCount() { return QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(); }

config::Experiment experiment(const char *json)
{
    return config::parseExperimentObject(QJsonDocument::fromJson(json).object(), QStringLiteral("experiment"),
                                         QStringLiteral("test"));
}

/// Long enough to be mid-run when the test switches away (~800 updates an epoch).
const char *longTraining = R"({"dataset": {"name": "linear", "n": 1000}, "model": {"name": "linear"},
                               "batch_size": 1, "epochs": 100000, "optimizer": {"name": "SGD", "lr": 0.01}})";

/// A lesson of one training run (the lesson page's kind of work).
config::Lesson trainingLesson()
{
    config::Lesson lesson;
    config::LessonExperiment run;
    run.name = QStringLiteral("long");
    run.experiment = experiment(longTraining);
    lesson.experiments.append(run);
    return lesson;
}

/// A lesson with one landscape of two paths of `steps` steps each.
config::Lesson landscapeLesson(int steps)
{
    const QByteArray json = QStringLiteral(R"json({
      "format_version": 1, "id": "scape", "order": 5,
      "title": {"ja": "地形", "en": "Landscape"}, "try_this": {"ja": "試す", "en": "Try"},
      "experiments": [
        {"name": "sgd", "label": {"ja": "SGD", "en": "SGD"},
         "experiment": {"kind": "trajectory", "function": "ravine", "start": [-7, 2], "steps": %1,
                        "optimizer": {"name": "SGD", "lr": 0.01}}},
        {"name": "adam", "label": {"ja": "Adam", "en": "Adam"},
         "experiment": {"kind": "trajectory", "function": "ravine", "start": [-7, 2], "steps": %1,
                        "optimizer": {"name": "Adam", "lr": 0.01}}}],
      "landscapes": [
        {"title": {"ja": "谷", "en": "Ravine"}, "function": "ravine", "range": [[-10, 10], [-5, 5]],
         "experiments": ["sgd", "adam"]}]})json").arg(steps).toUtf8();
    return config::parseLessonJson(json, QStringLiteral("(test)"));
}

/// Questions 0 and 1 are read_curve questions (a long run, a short one); 2 has no curve.
class CurveQuestions : public QuestionSource
{
public:
    CurveQuestions()
    {
        m_questions.resize(3);
        m_questions[0].kind = config::Question::Kind::ReadCurve;
        m_questions[0].curve = experiment(longTraining);
        m_questions[1].kind = config::Question::Kind::ReadCurve;
        m_questions[1].curve = experiment(R"({"dataset": {"name": "linear", "n": 100}, "model": {"name": "linear"},
                                              "batch_size": 0, "epochs": 5})");
    }

protected:
    const config::Question *questionAt(int index, QString *) const override
    {
        return index >= 0 && index < static_cast<int>(m_questions.size()) ? &m_questions[static_cast<std::size_t>(index)]
                                                                          : nullptr;
    }

private:
    std::vector<config::Question> m_questions;
};

/// What a LandscapeModel shows, as path names with their step counts.
QStringList shown(const LandscapeModel &model)
{
    QStringList out;
    for (const LandscapePath &path : model.pathResults())
        out << QStringLiteral("%1:%2").arg(path.name).arg(path.result.points.size());
    return out;
}

} // namespace

class OneRunner : public QObject
{
    Q_OBJECT

private slots:
    void everyKindRunsOnTheSharedWorkers();
    void aLessonSwitchDropsTheTrainingsResults();
    void aNewQuestionDropsTheOldCurve();
    void aNewLandscapeDropsTheOldPaths();
    void aLessonsContourMapIsNotDrawnThere();
};

void OneRunner::everyKindRunsOnTheSharedWorkers()
{
    RunWorkers::processWide(); // the pool exists from here on, as in the app
    const qsizetype before = threadCount();
    {
        LessonRun lesson;
        lesson.clear(1);
        lesson.start(trainingLesson());
        CurveQuestions questions;
        CurveRun curve;
        curve.setQuestions(&questions);
        curve.setQuestionIndex(1);
        LandscapeModel landscape;
        landscape.setLandscape(landscapeLesson(30), 0);
        // All three at once: the lesson's training holds one worker, the others share the other.
        QTRY_VERIFY_WITH_TIMEOUT(!lesson.traces().at(0).epochs.empty(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(curve.epochs() == 6 && !curve.running(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(landscape.ready(), timeoutMs);
        QCOMPARE(shown(landscape), (QStringList{"sgd:31", "adam:31"}));
        QVERIFY(landscape.contours() != nullptr);
        // Not a thread more than the pool's: no kind of work made one of its own.
        QCOMPARE(threadCount(), before);
        QVERIFY(lesson.isRunning());
    } // each target cancels its work as it goes, and waits for the engine to leave it
    QCOMPARE(threadCount(), before);
}

void OneRunner::aLessonSwitchDropsTheTrainingsResults()
{
    LessonRun run;
    run.clear(1);
    run.start(trainingLesson());
    QTRY_VERIFY_WITH_TIMEOUT(run.traces().at(0).epochs.size() > 1, timeoutMs);
    QVERIFY(run.isRunning());

    run.clear(2); // the learner opens another lesson (of two experiments) mid-run
    QSignalSpy results(&run, &LessonRun::resultsChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!run.isRunning(), timeoutMs);
    // Nothing of the old lesson's run arrived after the switch.
    QCOMPARE(results.size(), 0);
    QCOMPARE(run.traces().size(), std::size_t(2));
    for (const RunTrace &trace : run.traces())
        QVERIFY(trace.epochs.empty() && trace.updateLosses.points().empty() && !trace.outcome);
}

void OneRunner::aNewQuestionDropsTheOldCurve()
{
    CurveQuestions questions;
    CurveRun curve;
    curve.setQuestions(&questions);
    curve.setQuestionIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(curve.epochs() > 1, timeoutMs);
    QVERIFY(curve.running());

    curve.setQuestionIndex(2); // the learner moves on to a question without a curve, mid-run
    QCOMPARE(curve.epochs(), 0);
    QSignalSpy points(&curve, &CurveRun::pointsChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!curve.running(), timeoutMs);
    QCOMPARE(points.size(), 0);
    QCOMPARE(curve.epochs(), 0);

    // A newer request for the same target replaces the older one: only its curve arrives.
    curve.setQuestionIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(curve.epochs() > 1, timeoutMs);
    curve.setQuestionIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(!curve.running(), timeoutMs);
    QCOMPARE(curve.epochs(), 6); // rows 0–5 of the short run, none of the long one's
}

void OneRunner::aNewLandscapeDropsTheOldPaths()
{
    LandscapeModel model;
    model.setLandscape(landscapeLesson(100000), 0);
    QVERIFY(!model.ready());
    model.setLandscape(landscapeLesson(30), 0); // the learner opens another lesson mid-walk
    QTRY_VERIFY_WITH_TIMEOUT(model.ready(), timeoutMs);
    QCOMPARE(shown(model), (QStringList{"sgd:31", "adam:31"}));
    // Walking again from a new start replaces the walk, whole.
    QSignalSpy results(&model, &LandscapeModel::resultsChanged);
    model.setStart(QPointF(3, -1));
    model.setStart(QPointF(4, -1));
    QTRY_VERIFY_WITH_TIMEOUT(model.ready(), timeoutMs);
    QCOMPARE(shown(model), (QStringList{"sgd:31", "adam:31"}));
    QCOMPARE(model.pathResults().front().result.points.front().x, 4.0);
}

// The runner makes contour maps (for landscapes); a lesson experiment of that kind still
// tells the learner its charts do not show one, as before the runner made them.
void OneRunner::aLessonsContourMapIsNotDrawnThere()
{
    config::Lesson lesson;
    config::LessonExperiment map;
    map.name = QStringLiteral("map");
    map.experiment = experiment(R"({"kind": "contours", "function": "ravine", "range": [[-10, 10], [-5, 5]]})");
    lesson.experiments.append(map);
    LessonRun run;
    run.clear(1);
    run.start(lesson);
    QTRY_VERIFY_WITH_TIMEOUT(!run.isRunning(), timeoutMs);
    const QVariantMap outcome = run.outcomes(lesson).at(0).toMap();
    QCOMPARE(outcome.value("status").toString(), QStringLiteral("failed"));
    QVERIFY(outcome.value("message").toString().contains(QStringLiteral("kobai-run")));
}

QTEST_MAIN(OneRunner)
#include "tst_one_runner.moc"
