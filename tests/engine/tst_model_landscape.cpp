// The loss of linear regression over (w, b), the landscape of lesson 2: it is the mean
// squared error of the very training set a training experiment fits, its minimum is the
// least-squares fit, and a path on it with batch size B is that experiment's (w, b),
// update by update, for batch (B = all), stochastic (B = 1) and mini-batch descent.
#include "data/SyntheticData.h"
#include "train/TrainingRun.h"
#include "trajectory/LossSurface.h"
#include "trajectory/TrajectoryRun.h"

#include <QTest>

#include <cmath>

using namespace kobai;

namespace {

SurfaceSpec lessonTwoSurface()
{
    SurfaceSpec spec{SurfaceKind::LinearRegression};
    spec.data.n = 1000;
    spec.data.noise = 0.5;
    spec.seed = 1;
    return spec;
}

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

} // namespace

class ModelLandscape : public QObject {
    Q_OBJECT
private slots:
    void valueIsTheTrainingSetsMeanSquaredError();
    void gradientMatchesDifferences();
    void minimumIsTheLeastSquaresFit();
    void noiselessDataPutTheMinimumAtTheTrueLine();
    void pathIsTheTrainersPath_data();
    void pathIsTheTrainersPath();
    void aBatchLargerThanTheDataIsClampedWithANote();
    void formulasHaveNoSamples();
};

void ModelLandscape::valueIsTheTrainingSetsMeanSquaredError()
{
    const SurfaceSpec spec = lessonTwoSurface();
    const Dataset data = generateLinear(spec.data, spec.seed);
    const LossSurface surface(spec);
    QCOMPARE(surface.sampleCount(), data.train.size());
    QCOMPARE(surface.sampleCount(), Eigen::Index{800});
    for (const auto &[w, b] : {std::pair{0.0, 0.0}, {-1.0, -2.0}, {3.5, 0.25}, {1.2, 0.9}}) {
        double sum = 0.0;
        for (Eigen::Index i = 0; i < data.train.size(); ++i) {
            const double r = w * data.train.features(0, i) + b - data.train.targets(0, i);
            sum += r * r;
        }
        const double mse = sum / static_cast<double>(data.train.size());
        QVERIFY2(near(surface.value(w, b), mse, 1e-12),
                 qPrintable(QStringLiteral("at (%1, %2): %3 against %4").arg(w).arg(b).arg(surface.value(w, b)).arg(mse)));
    }
}

void ModelLandscape::gradientMatchesDifferences()
{
    const LossSurface surface(lessonTwoSurface());
    for (const auto &[w, b] : {std::pair{0.0, 0.0}, {-1.0, -2.0}, {3.5, 0.25}}) {
        const std::array<double, 2> g = surface.gradient(w, b);
        const std::array<double, 2> numerical = surface.centralDifference(w, b, 1e-4);
        for (int i = 0; i < 2; ++i)
            QVERIFY2(near(g[i], numerical[i], 1e-8),
                     qPrintable(QStringLiteral("component %1: %2 against %3").arg(i).arg(g[i]).arg(numerical[i])));
        // The whole training set as one batch is the full gradient, summed sample by sample.
        std::vector<Eigen::Index> all(static_cast<std::size_t>(surface.sampleCount()));
        std::iota(all.begin(), all.end(), Eigen::Index{0});
        const std::array<double, 2> batch = surface.batchGradient(w, b, all);
        QVERIFY(near(batch[0], g[0], 1e-12) && near(batch[1], g[1], 1e-12));
    }
}

void ModelLandscape::minimumIsTheLeastSquaresFit()
{
    const LossSurface surface(lessonTwoSurface());
    const std::vector<std::array<double, 2>> minima = surface.minima();
    QCOMPARE(minima.size(), std::size_t{1});
    const auto [w, b] = minima.front();
    const std::array<double, 2> g = surface.gradient(w, b);
    QVERIFY(std::abs(g[0]) < 1e-12 && std::abs(g[1]) < 1e-12);
    // Every neighbour is higher: a minimum, not a saddle.
    for (const auto &[dw, db] : {std::pair{1e-3, 0.0}, {-1e-3, 0.0}, {0.0, 1e-3}, {0.0, -1e-3}})
        QVERIFY(surface.value(w + dw, b + db) > surface.value(w, b));
    // The residual's mean square there is about the noise's variance, 0.5².
    QVERIFY(std::abs(surface.value(w, b) - 0.25) < 0.05);
}

void ModelLandscape::noiselessDataPutTheMinimumAtTheTrueLine()
{
    SurfaceSpec spec = lessonTwoSurface();
    spec.data.noise = 0.0;
    spec.data.slope = -1.5;
    spec.data.intercept = 0.75;
    spec.data.split.standardize = false;
    const LossSurface surface(spec);
    const auto [w, b] = surface.minima().front();
    QVERIFY(near(w, -1.5, 1e-12));
    QVERIFY(near(b, 0.75, 1e-12));
    QVERIFY(std::abs(surface.value(w, b)) < 1e-12);
    QCOMPARE(surface.axisNames()[0], "w");
    QCOMPARE(surface.axisNames()[1], "b");
}

void ModelLandscape::pathIsTheTrainersPath_data()
{
    QTest::addColumn<long>("batch");
    QTest::addColumn<int>("epochs");
    QTest::addColumn<int>("updatesPerEpoch");
    QTest::newRow("batch gradient descent") << 0L << 6 << 1;
    QTest::newRow("stochastic, B = 1") << 1L << 2 << 800;
    QTest::newRow("mini-batch, B = 32") << 32L << 3 << 25;
    QTest::newRow("mini-batch, B = 300 (last batch 200)") << 300L << 3 << 3;
}

// The trainer starts the linear model at (0, 0) with a normal initialisation of spread 0,
// and the trajectory starts there; after E epochs of ⌈N/B⌉ updates both hold the same
// (w, b) to rounding: the same samples, in the same order, the same gradient.
void ModelLandscape::pathIsTheTrainersPath()
{
    QFETCH(long, batch);
    QFETCH(int, epochs);
    QFETCH(int, updatesPerEpoch);
    const SurfaceSpec surface = lessonTwoSurface();

    TrainingSpec training;
    training.seed = surface.seed;
    training.dataset = surface.data;
    training.model.kind = ModelKind::Linear;
    training.model.init = InitScheme::Normal;
    training.model.std = 0.0;
    training.batch_size = batch;
    training.epochs = epochs;
    training.optimizer = SgdOptions{0.05};
    TrainingObserver quiet;
    const TrainingResult trained = runTraining(training, generateLinear(surface.data, surface.seed), quiet);
    QCOMPARE(trained.status, RunStatus::Finished);
    QCOMPARE(trained.parameters.size(), std::size_t{2}); // weight, then bias

    TrajectorySpec path;
    path.function = surface;
    path.start = {0.0, 0.0};
    path.steps = epochs * updatesPerEpoch;
    path.batch_size = batch;
    path.optimizer = SgdOptions{0.05};
    const TrajectoryResult walked = runTrajectory(path);
    QCOMPARE(walked.status, RunStatus::Finished);
    QVERIFY(walked.note.empty());
    const TrajectoryPoint &end = walked.points.back();
    QVERIFY2(near(end.x, trained.parameters[0], 1e-10) && near(end.y, trained.parameters[1], 1e-10),
             qPrintable(QStringLiteral("path ends at (%1, %2), the trainer at (%3, %4)")
                            .arg(end.x, 0, 'g', 17).arg(end.y, 0, 'g', 17)
                            .arg(trained.parameters[0], 0, 'g', 17).arg(trained.parameters[1], 0, 'g', 17)));
    // Each point keeps the gradient of the step that reached it: for SGD, (before − after) / η.
    const TrajectoryPoint &before = walked.points[walked.points.size() - 2];
    QVERIFY(near(end.gradient[0], (before.x - end.x) / 0.05, 1e-9));
    QVERIFY(near(end.gradient[1], (before.y - end.y) / 0.05, 1e-9));
}

void ModelLandscape::aBatchLargerThanTheDataIsClampedWithANote()
{
    TrajectorySpec large;
    large.function = lessonTwoSurface();
    large.start = {-1.0, -2.0};
    large.steps = 20;
    large.batch_size = 5000;
    TrajectorySpec whole = large;
    whole.batch_size = 0;
    const TrajectoryResult clamped = runTrajectory(large);
    QCOMPARE(clamped.note, std::string("batch_size 5000 is larger than the 800 training samples; using the "
                                       "whole set (batch gradient descent)"));
    const TrajectoryResult full = runTrajectory(whole);
    QVERIFY(full.note.empty());
    QCOMPARE(clamped.points.back().x, full.points.back().x);
    QCOMPARE(clamped.points.back().y, full.points.back().y);
}

void ModelLandscape::formulasHaveNoSamples()
{
    const LossSurface ravine(SurfaceSpec{SurfaceKind::Ravine});
    QCOMPARE(ravine.sampleCount(), Eigen::Index{0});
    QCOMPARE(ravine.axisNames()[0], "x");
    QCOMPARE(ravine.axisNames()[1], "y");
}

QTEST_APPLESS_MAIN(ModelLandscape)
#include "tst_model_landscape.moc"
