// The landscape's step-through numbers are the engine optimizer's own state: for a few
// steps of Momentum and Adam (textbook and PyTorch forms) the panel's numbers equal those
// of the same optimizer stepped here by hand, and the first steps match the hand
// calculations the lessons ask for; the numerical gradient beside g is the engine's
// central difference at the step's point. Moving the start point restarts every path.
#include "landscape/LandscapeModel.h"
#include "landscape/StepLossPlot.h"

#include "optim/OptimizerSpec.h"
#include "trajectory/LossSurface.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kobai;
using namespace kobai::app;

namespace {

const QByteArray lessonJson = R"json({
  "format_version": 1, "id": "scape", "order": 5,
  "title": {"ja": "地形", "en": "Landscape"}, "try_this": {"ja": "試す", "en": "Try"},
  "experiments": [
    {"name": "momentum", "label": {"ja": "Momentum", "en": "Momentum"},
     "experiment": {"kind": "trajectory", "function": "ravine", "start": [-7, 2], "steps": 30,
                    "optimizer": {"name": "Momentum", "variant": "textbook", "lr": 0.1}}},
    {"name": "adam", "label": {"ja": "Adam", "en": "Adam"},
     "experiment": {"kind": "trajectory", "function": "ravine", "start": [-7, 2], "steps": 30,
                    "optimizer": {"name": "Adam", "variant": "textbook", "lr": 0.3}}},
    {"name": "sgd-momentum", "label": {"ja": "SGD(momentum)", "en": "SGD(momentum)"},
     "experiment": {"kind": "trajectory", "function": "ravine", "start": [-7, 2], "steps": 30,
                    "optimizer": {"name": "SGD", "lr": 0.1, "momentum": 0.9}}},
    {"name": "torch-adam", "label": {"ja": "torch Adam", "en": "torch Adam"},
     "experiment": {"kind": "trajectory", "function": "ravine", "start": [-7, 2], "steps": 30,
                    "optimizer": {"name": "Adam", "lr": 0.3}}}],
  "landscapes": [
    {"title": {"ja": "谷", "en": "Ravine"}, "function": "ravine", "range": [[-10, 10], [-5, 5]],
     "experiments": ["momentum", "adam", "sgd-momentum", "torch-adam"]}]})json";

double at(const QVariant &pair, int i)
{
    return pair.toList().at(i).toDouble();
}

} // namespace

class LandscapeModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void stepNumbersAreTheEngineState_data();
    void stepNumbersAreTheEngineState();
    void handCalculationsOfTheFirstStep();
    void movingTheStartRestartsEveryPath();
    void csvHasEveryPoint();
    void aLessonControlRedrawsThePath();
    void numericalGradientIsTheEnginesCentralDifference();
    void aMiniBatchStepShowsTheGradientItUsed();
    void aDivergingPathDoesNotWidenTheLossAxis();

private:
    config::Lesson m_lesson;
    std::unique_ptr<LandscapeModel> m_model;
};

void LandscapeModelTest::init()
{
    m_lesson = config::parseLessonJson(lessonJson, QStringLiteral("(test)"));
    m_model = std::make_unique<LandscapeModel>();
    m_model->setLandscape(m_lesson, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->ready(), 20000);
}

void LandscapeModelTest::stepNumbersAreTheEngineState_data()
{
    QTest::addColumn<int>("path");
    QTest::newRow("textbook Momentum") << 0;
    QTest::newRow("textbook Adam") << 1;
    QTest::newRow("PyTorch SGD with momentum") << 2;
    QTest::newRow("PyTorch Adam") << 3;
}

void LandscapeModelTest::stepNumbersAreTheEngineState()
{
    QFETCH(int, path);
    const TrajectorySpec spec = m_lesson.experiments[path].experiment.trajectory;
    const LossSurface surface(spec.function);
    const auto optimizer = makeOptimizer<double>(spec.optimizer);
    optimizer->reset();
    Vector<double> w(2);
    w << spec.start[0], spec.start[1];
    for (int step = 1; step <= 5; ++step) {
        const std::array<double, 2> gradient = surface.gradient(w(0), w(1));
        Vector<double> g(2);
        g << gradient[0], gradient[1];
        const Vector<double> from = w;
        optimizer->step(w, g, baseLearningRate(spec.optimizer));
        const QVariantMap detail = m_model->stepDetail(path, step);
        QCOMPARE(detail.value("step").toInt(), step);
        QCOMPARE(at(detail.value("g"), 0), g(0));
        QCOMPARE(at(detail.value("g"), 1), g(1));
        QCOMPARE(at(detail.value("from"), 0), from(0));
        QCOMPARE(at(detail.value("point"), 0), w(0));
        QCOMPARE(at(detail.value("point"), 1), w(1));
        QCOMPARE(at(detail.value("delta"), 1), w(1) - from(1));
        const std::vector<OptimizerStateVector> expected = optimizer->state();
        const QVariantList state = detail.value("state").toList();
        QCOMPARE(state.size(), static_cast<qsizetype>(expected.size()));
        for (std::size_t k = 0; k < expected.size(); ++k) {
            const QVariantMap entry = state[static_cast<qsizetype>(k)].toMap();
            QCOMPARE(entry.value("name").toString(), QString::fromStdString(expected[k].name));
            QCOMPARE(at(entry.value("values"), 0), expected[k].values[0]);
            QCOMPARE(at(entry.value("values"), 1), expected[k].values[1]);
        }
    }
}

void LandscapeModelTest::handCalculationsOfTheFirstStep()
{
    // Momentum from (−7, 2), η 0.1, α 0.9: g = (x/10, 2y) = (−0.7, 4), v = −η·g = (0.07, −0.4).
    const QVariantMap momentum = m_model->stepDetail(0, 1);
    const QVariantMap v = momentum.value("state").toList().at(0).toMap();
    QCOMPARE(v.value("name").toString(), QStringLiteral("v"));
    QVERIFY(qAbs(at(v.value("values"), 0) - 0.07) < 1e-12);
    QVERIFY(qAbs(at(v.value("values"), 1) + 0.4) < 1e-12);
    QVERIFY(qAbs(at(momentum.value("point"), 0) + 6.93) < 1e-12);
    QVERIFY(qAbs(at(momentum.value("point"), 1) - 1.6) < 1e-12);
    // Adam, η 0.3: m = 0.1·g, v = 0.001·g², η₁ = 0.3·√0.001 / 0.1, a step of 0.3 against each sign of g.
    const QVariantMap adam = m_model->stepDetail(1, 1);
    const QVariantList state = adam.value("state").toList();
    QCOMPARE(state.at(2).toMap().value("name").toString(), QStringLiteral("lr_t"));
    QVERIFY(qAbs(at(state.at(2).toMap().value("values"), 0) - 0.3 * std::sqrt(0.001) / 0.1) < 1e-12);
    QVERIFY(qAbs(at(adam.value("point"), 0) + 6.7) < 1e-5);
    QVERIFY(qAbs(at(adam.value("point"), 1) - 1.7) < 1e-5);
    // Textbook rules show both forms; a PyTorch optimizer shows its own form only.
    QCOMPARE(momentum.value("textbook").toList().first().toString(), QStringLiteral("v ← α·v − η·g"));
    QVERIFY(!momentum.value("pytorch").toList().isEmpty());
    const QVariantMap torch = m_model->stepDetail(2, 1);
    QVERIFY(torch.value("textbook").toList().isEmpty());
    QCOMPARE(torch.value("pytorch").toList().first().toString(), QStringLiteral("b ← μ·b + g   (b₁ = g)"));
}

void LandscapeModelTest::movingTheStartRestartsEveryPath()
{
    QSignalSpy results(m_model.get(), &LandscapeModel::resultsChanged);
    m_model->setStart(QPointF(3, -1));
    QVERIFY(!m_model->ready());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->ready(), 20000);
    for (int path = 0; path < 4; ++path) {
        const QVariantMap start = m_model->stepDetail(path, 0);
        QCOMPARE(at(start.value("point"), 0), 3.0);
        QCOMPARE(at(start.value("point"), 1), -1.0);
        QCOMPARE(at(m_model->stepDetail(path, 1).value("from"), 1), -1.0);
    }
}

void LandscapeModelTest::csvHasEveryPoint()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("paths.csv");
    QVERIFY(m_model->exportCsv(QUrl::fromLocalFile(file)));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = in.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("step,optimizer,x,y,loss"));
    QCOMPARE(lines.size(), 1 + 4 * 31);
    QVERIFY(lines[1].startsWith("0,momentum,-7,2,"));
}

void LandscapeModelTest::aLessonControlRedrawsThePath()
{
    QSignalSpy results(m_model.get(), &LandscapeModel::resultsChanged);
    m_model->setStart(QPointF(-7, 2));
    QTRY_VERIFY(m_model->ready());
    // The learner sets textbook Momentum's η to 0.2: v = −0.2·(−0.7, 4), the first step lands on (−6.86, 1.2).
    config::Lesson changed = m_lesson;
    config::LessonExperiment &momentum = changed.experiments[0];
    momentum.source = config::withField(momentum.source, "optimizer.lr", 0.2);
    momentum.experiment = config::parseExperimentObject(momentum.source, {}, "lesson.json");
    m_model->follow(changed);
    QTRY_VERIFY(m_model->ready());
    const TrajectoryPoint &first = m_model->pathResults().front().result.points.at(1);
    QVERIFY(std::abs(first.x + 6.86) < 1e-12 && std::abs(first.y - 1.2) < 1e-12);
    // The other paths keep their own rates.
    const TrajectoryPoint &adam = m_model->pathResults().at(1).result.points.at(1);
    QVERIFY(std::abs(adam.x + 6.7) < 1e-5); // Adam moves about η at first; ε = 1e-7 shifts it by ~1e-6
}

// On Rosenbrock the central difference is off by exactly 400·x·h² in ∂f/∂x, so the
// panel's numbers pin down both the formula and h = 10⁻⁴ (the ravine, a quadratic, would
// give the same numbers for any h).
void LandscapeModelTest::numericalGradientIsTheEnginesCentralDifference()
{
    const config::Lesson lesson = config::parseLessonJson(R"json({
      "format_version": 1, "id": "check", "order": 1,
      "title": {"ja": "確認", "en": "Check"}, "try_this": {"ja": "試す", "en": "Try"},
      "experiments": [
        {"name": "sgd", "label": {"ja": "SGD", "en": "SGD"},
         "experiment": {"kind": "trajectory", "function": "rosenbrock", "start": [-1.2, 1], "steps": 5,
                        "optimizer": {"name": "SGD", "variant": "textbook", "lr": 0.001}}}],
      "landscapes": [
        {"title": {"ja": "R", "en": "R"}, "function": "rosenbrock", "range": [[-2, 2], [-1, 3]],
         "experiments": ["sgd"]}]})json", QStringLiteral("(test)"));
    LandscapeModel model;
    model.setLandscape(lesson, 0);
    QTRY_VERIFY_WITH_TIMEOUT(model.ready(), 20000);
    const LossSurface surface(lesson.experiments[0].experiment.trajectory.function);
    QVERIFY(model.stepDetail(0, 0).value("numerical").isNull()); // the start has no update
    for (int step = 1; step <= 5; ++step) {
        const QVariantMap detail = model.stepDetail(0, step);
        const double x = at(detail.value("from"), 0), y = at(detail.value("from"), 1);
        const std::array<double, 2> numerical = surface.centralDifference(x, y, 1e-4);
        const std::array<double, 2> g = surface.gradient(x, y);
        QVERIFY(at(detail.value("numerical"), 0) == numerical[0]);
        QVERIFY(at(detail.value("numerical"), 1) == numerical[1]);
        QVERIFY(at(detail.value("numericalError"), 0) == numerical[0] - g[0]);
        QVERIFY(at(detail.value("numericalError"), 1) == numerical[1] - g[1]);
        QVERIFY(std::abs(at(detail.value("numericalError"), 0) - 400 * x * 1e-8) < 1e-8);
    }
}

// Lesson 2's (w, b) map: the axes are w and b; a mini-batch path's g is the gradient of
// the batch that step used (recorded by the engine, not the whole loss's gradient at that
// point), with no central difference beside it; a whole-batch path keeps the check.
void LandscapeModelTest::aMiniBatchStepShowsTheGradientItUsed()
{
    const config::Lesson lesson = config::parseLessonJson(R"json({
      "format_version": 1, "id": "wb", "order": 2,
      "title": {"ja": "w と b", "en": "w and b"}, "try_this": {"ja": "試す", "en": "Try"},
      "experiments": [
        {"name": "sgd", "label": {"ja": "SGD", "en": "SGD"},
         "experiment": {"kind": "trajectory", "function": {"name": "linear_regression", "seed": 1},
                        "start": [-1, -2], "steps": 10, "batch_size": 1, "optimizer": {"name": "SGD", "lr": 0.05}}},
        {"name": "bgd", "label": {"ja": "BGD", "en": "BGD"},
         "experiment": {"kind": "trajectory", "function": {"name": "linear_regression", "seed": 1},
                        "start": [-1, -2], "steps": 10, "optimizer": {"name": "SGD", "lr": 0.05}}}],
      "landscapes": [
        {"title": {"ja": "L(w, b)", "en": "L(w, b)"}, "function": {"name": "linear_regression", "seed": 1},
         "range": [[-1.5, 3.5], [-2.5, 2.5]], "experiments": ["sgd", "bgd"]}]})json", QStringLiteral("(test)"));
    LandscapeModel model;
    model.setLandscape(lesson, 0);
    QCOMPARE(model.axisNames()[0], QStringLiteral("w"));
    QCOMPARE(model.axisNames()[1], QStringLiteral("b"));
    QTRY_VERIFY_WITH_TIMEOUT(model.ready(), 20000);
    const LossSurface surface(lesson.experiments[0].experiment.trajectory.function);
    for (int step = 1; step <= 10; ++step) {
        const QVariantMap sgd = model.stepDetail(0, step);
        const TrajectoryPoint &to = model.pathResults().at(0).result.points.at(static_cast<std::size_t>(step));
        QCOMPARE(at(sgd.value("g"), 0), to.gradient[0]);
        QCOMPARE(at(sgd.value("g"), 1), to.gradient[1]);
        QCOMPARE(sgd.value("batch").toInt(), 1);
        QVERIFY(!sgd.contains("numerical"));
        const std::array<double, 2> whole = surface.gradient(at(sgd.value("from"), 0), at(sgd.value("from"), 1));
        QVERIFY(std::abs(at(sgd.value("g"), 0) - whole[0]) > 1e-6); // one sample's slope is not the bowl's

        const QVariantMap bgd = model.stepDetail(1, step);
        QVERIFY(!bgd.contains("batch"));
        QVERIFY(std::abs(at(bgd.value("numericalError"), 0)) < 1e-7);
    }
}

// Lesson 3's paths at η = 0.1 and 1.1 on the ravine: the second leaves the map with losses
// near 1e12; the axis stays a decade above the other path's highest loss.
void LandscapeModelTest::aDivergingPathDoesNotWidenTheLossAxis()
{
    const auto path = [](double lr) {
        LandscapePath p;
        p.spec.start = {-7.0, 2.0};
        p.spec.steps = 200;
        p.spec.optimizer = SgdOptions{lr};
        p.result = runTrajectory(p.spec);
        return p;
    };
    std::vector<LandscapePath> paths{path(0.1), path(1.1)};
    QCOMPARE(paths[1].result.status, RunStatus::Diverged);
    const double start = paths[0].result.points.front().loss; // 6.45, the highest the kept path reaches
    const std::optional<StepLossAxis> axis = stepLossAxis(paths);
    QVERIFY(axis && axis->log);
    QCOMPARE(axis->hi, 100.0); // 6.45 · 10, rounded up to a decade
    paths.pop_back();
    QCOMPARE(stepLossAxis(paths)->hi, 10.0);
    QVERIFY(start < 10.0);
}

QTEST_MAIN(LandscapeModelTest)
#include "tst_landscape_model.moc"
