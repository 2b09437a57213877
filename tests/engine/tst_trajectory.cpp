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
    void centralDifferenceIsTheFormula();
    void everyPointKeepsTheOptimizerState();
    void leavingTheBoundIsDivergence();
    void theSaddleFallsWithoutDiverging();
};

void Trajectory::gradientMatchesDifferences_data()
{
    QTest::addColumn<SurfaceSpec>("surface");
    const std::pair<const char *, SurfaceSpec> surfaces[] = {
        {"ravine", SurfaceSpec{SurfaceKind::Ravine}},
        {"rosenbrock", SurfaceSpec{SurfaceKind::Rosenbrock}},
        {"beale", SurfaceSpec{SurfaceKind::Beale}},
        {"saddle", SurfaceSpec{SurfaceKind::Saddle}},
        {"himmelblau", SurfaceSpec{SurfaceKind::Himmelblau}},
        {"branin", SurfaceSpec{SurfaceKind::Branin}},
        {"quadratic", SurfaceSpec{SurfaceKind::Quadratic, 2.5, -4.0}},
        {"quadratic b=0", SurfaceSpec{SurfaceKind::Quadratic, 1.0, 0.0}},
    };
    for (const auto &[name, spec] : surfaces)
        QTest::newRow(name) << spec;
}

// Lesson 1's numerical gradient (h = 10⁻⁴) agrees with the analytic one to a few parts in
// 10⁷ everywhere: the worst case is Rosenbrock, whose truncation error h²·f‴/6 is exactly
// 400·x·h² in ∂f/∂x (2·10⁻⁷ relative at (−1.2, 1.4)).
void Trajectory::gradientMatchesDifferences()
{
    QFETCH(SurfaceSpec, surface);
    const LossSurface f(surface);
    const double points[][2] = {{-7, 2}, {-1.2, 1.4}, {1, 1.5}, {0.7, -0.3}, {-1, 0.5}, {1.5, 0.25}, {3, -2}, {-2.5, -1.5}};
    for (const auto &[x, y] : points) {
        const std::array<double, 2> g = f.gradient(x, y);
        const std::array<double, 2> numerical = f.centralDifference(x, y, 1e-4);
        for (int i = 0; i < 2; ++i)
            QVERIFY2(std::abs(g[i] - numerical[i]) <= 5e-7 * std::max(1.0, std::abs(g[i])),
                     qPrintable(QStringLiteral("at (%1, %2) component %3: analytic %4, numerical %5")
                                    .arg(x).arg(y).arg(i).arg(g[i], 0, 'g', 17).arg(numerical[i], 0, 'g', 17)));
    }
}

// The central difference is the formula the lesson prints, not some other estimate: on
// the ravine with h = 0.5 (large, so a one-sided difference would differ visibly)
// ∂f/∂x at x = −7 is ((−6.5)²/20 − (−7.5)²/20) / 1 = −0.7 exactly.
void Trajectory::centralDifferenceIsTheFormula()
{
    const LossSurface ravine(SurfaceSpec{SurfaceKind::Ravine});
    const std::array<double, 2> numerical = ravine.centralDifference(-7, 2, 0.5);
    QCOMPARE(numerical[0], (ravine.value(-6.5, 2) - ravine.value(-7.5, 2)) / 1.0);
    QCOMPARE(numerical[1], (ravine.value(-7, 2.5) - ravine.value(-7, 1.5)) / 1.0);
    QCOMPARE(numerical[0], -0.7);
    QCOMPARE(numerical[1], 4.0);
    // Rosenbrock's ∂f/∂x is cubic in x, so the difference is off by exactly 400·x·h²:
    // a different step or a one-sided quotient would not land on it.
    const LossSurface rosenbrock(SurfaceSpec{SurfaceKind::Rosenbrock});
    const double h = 0.01;
    const std::array<double, 2> r = rosenbrock.centralDifference(2, 1, h);
    QVERIFY(std::abs(r[0] - (rosenbrock.gradient(2, 1)[0] + 400 * 2 * h * h)) < 1e-9);
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
