// Trajectories in the engine: analytic gradients of every loss surface against central
// differences, one point per step with the optimizer state that led there, and the
// divergence rule (a loss falling without bound is not divergence).
#include "trajectory/LossSurface.h"
#include "trajectory/TrajectoryRun.h"

#include <QTest>

#include <cmath>

using namespace kobai;

Q_DECLARE_METATYPE(kobai::SurfaceSpec)

class Trajectory : public QObject {
    Q_OBJECT
private slots:
    void gradientMatchesDifferences_data();
    void gradientMatchesDifferences();
    void everyPointKeepsTheOptimizerState();
    void leavingTheBoundIsDivergence();
    void theSaddleFallsWithoutDiverging();
};

void Trajectory::gradientMatchesDifferences_data()
{
    QTest::addColumn<SurfaceSpec>("surface");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::newRow("ravine") << SurfaceSpec{SurfaceKind::Ravine} << -7.0 << 2.0;
    QTest::newRow("rosenbrock") << SurfaceSpec{SurfaceKind::Rosenbrock} << -1.2 << 1.4;
    QTest::newRow("beale") << SurfaceSpec{SurfaceKind::Beale} << 1.0 << 1.5;
    QTest::newRow("saddle") << SurfaceSpec{SurfaceKind::Saddle} << 0.7 << -0.3;
    QTest::newRow("himmelblau") << SurfaceSpec{SurfaceKind::Himmelblau} << -1.0 << 0.5;
    QTest::newRow("quadratic") << SurfaceSpec{SurfaceKind::Quadratic, 2.5, -4.0} << 1.5 << 0.25;
}

void Trajectory::gradientMatchesDifferences()
{
    QFETCH(SurfaceSpec, surface);
    QFETCH(double, x);
    QFETCH(double, y);
    const LossSurface f(surface);
    const std::array<double, 2> g = f.gradient(x, y);
    const double h = 1e-6;
    const double dx = (f.value(x + h, y) - f.value(x - h, y)) / (2 * h);
    const double dy = (f.value(x, y + h) - f.value(x, y - h)) / (2 * h);
    QVERIFY2(std::abs(g[0] - dx) <= 1e-6 * std::max(1.0, std::abs(dx)), qPrintable(QString::number(g[0] - dx)));
    QVERIFY2(std::abs(g[1] - dy) <= 1e-6 * std::max(1.0, std::abs(dy)), qPrintable(QString::number(g[1] - dy)));
}

void Trajectory::everyPointKeepsTheOptimizerState()
{
    TrajectorySpec spec;
    spec.function = SurfaceSpec{SurfaceKind::Rosenbrock};
    spec.start = {-1.2, 1.0};
    spec.steps = 25;
    spec.optimizer = AdamOptions{0.05};
    const TrajectoryResult result = runTrajectory(spec);
    QCOMPARE(result.status, RunStatus::Finished);
    QCOMPARE(result.stop_step, 25);
    QCOMPARE(result.points.size(), std::size_t{26});
    QVERIFY(result.points.front().state.empty());
    QCOMPARE(result.points.front().x, -1.2);
    for (std::size_t t = 1; t < result.points.size(); ++t) {
        const TrajectoryPoint &p = result.points[t];
        QCOMPARE(p.step, static_cast<int>(t));
        QCOMPARE(p.lr, 0.05);
        QVERIFY(!p.state.empty());
        QCOMPARE(p.state.front().name, std::string("exp_avg"));
        QCOMPARE(p.state.front().values.size(), std::size_t{2});
    }
    // The first moment after one step is (1 − β1)·g at the start.
    const std::array<double, 2> g = LossSurface(spec.function).gradient(-1.2, 1.0);
    QCOMPARE(result.points[1].state.front().values[0], (1 - 0.9) * g[0]);
}

void Trajectory::leavingTheBoundIsDivergence()
{
    TrajectorySpec spec;
    spec.start = {-7.0, 2.0};
    spec.steps = 500;
    spec.optimizer = SgdOptions{1.1};
    const TrajectoryResult result = runTrajectory(spec);
    QCOMPARE(result.status, RunStatus::Diverged);
    // y ← −1.2·y: |y| passes 1e6 after ⌈log(5e5)/log(1.2)⌉ = 72 steps.
    QCOMPARE(result.stop_step, 72);
    QCOMPARE(result.points.size(), std::size_t{72});
    QCOMPARE(result.message, std::string("diverged at step 72 (|x| or |y| above 1e6)"));
    for (const TrajectoryPoint &p : result.points)
        QVERIFY(std::abs(p.y) <= trajectoryDivergenceBound);
}

void Trajectory::theSaddleFallsWithoutDiverging()
{
    TrajectorySpec spec;
    spec.function = SurfaceSpec{SurfaceKind::Saddle};
    spec.start = {1.0, 1e-3};
    spec.steps = 60;
    spec.optimizer = SgdOptions{0.1};
    const TrajectoryResult result = runTrajectory(spec);
    QCOMPARE(result.status, RunStatus::Finished);
    QVERIFY(result.points.back().loss < result.points.front().loss - 100);
}

QTEST_APPLESS_MAIN(Trajectory)
#include "tst_trajectory.moc"
