// The Gaussian process of Bayesian optimisation against scikit-learn 1.2.1
// (tests/golden/gaussian_process.json, recorded by tests/golden/generate_gp_golden.py):
// posterior mean and standard deviation at fixed hyper-parameters, the log marginal
// likelihood and its gradient, ≤ 1e-8 relative to max(1, |value|); and the maximum of the
// log marginal likelihood against sklearn's own optimiser. Also the gradient against a
// central difference, the jitter of a singular K, and expected improvement's known values.
#include "core/Random.h"
#include "search/ExpectedImprovement.h"
#include "search/GaussianProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace kobai;

namespace {

constexpr double tolerance = 1e-8;
/// Two L-BFGS runs that stop at ‖projected gradient‖ ~ 1e-5 (scipy) and 1e-6 (ours) near the
/// same maximum differ in log likelihood by O(gradient²/curvature), far below 1e-6; a different
/// local maximum differs by more than 1e-2 on these data sets. 1e-6·max(1, |LML|) separates them.
constexpr double optimumTolerance = 1e-6;

Eigen::VectorXd vectorOf(const QJsonArray &values)
{
    Eigen::VectorXd v(values.size());
    for (qsizetype k = 0; k < values.size(); ++k)
        v(k) = values[k].toDouble();
    return v;
}

/// sklearn's rows of points as Kōbai's columns.
Eigen::MatrixXd columnsOf(const QJsonArray &rows)
{
    Eigen::MatrixXd m(rows[0].toArray().size(), rows.size());
    for (qsizetype j = 0; j < rows.size(); ++j)
        m.col(j) = vectorOf(rows[j].toArray());
    return m;
}

QString compare(const char *what, const Eigen::VectorXd &have, const Eigen::VectorXd &want, double within)
{
    if (have.size() != want.size())
        return QStringLiteral("%1: %2 values against sklearn's %3").arg(what).arg(have.size()).arg(want.size());
    for (Eigen::Index k = 0; k < want.size(); ++k)
        if (!(std::abs(have(k) - want(k)) <= within * std::max(1.0, std::abs(want(k)))))
            return QStringLiteral("%1[%2]: %3 against sklearn's %4")
                .arg(what)
                .arg(k)
                .arg(have(k), 0, 'g', 17)
                .arg(want(k), 0, 'g', 17);
    return {};
}

GaussianProcess fixedProcess(const QJsonObject &golden)
{
    KernelParameters p;
    p.lengthScales = vectorOf(golden["length_scales"].toArray());
    p.signalVariance = golden["signal_variance"].toDouble();
    p.noiseVariance = golden["noise_variance"].toDouble();
    return GaussianProcess(p);
}

} // namespace

class GaussianProcessTest : public QObject {
    Q_OBJECT
private slots:
    void matchesSklearn_data();
    void matchesSklearn();
    void optimumMatchesSklearn_data() { matchesSklearn_data(); }
    void optimumMatchesSklearn();
    void gradientMatchesCentralDifference_data();
    void gradientMatchesCentralDifference();
    void singularKernelGetsJitter();
    void expectedImprovementKnownValues();
};

void GaussianProcessTest::matchesSklearn_data()
{
    QTest::addColumn<QJsonObject>("golden");
    QFile file(QStringLiteral(KOBAI_SOURCE_DIR "/tests/golden/gaussian_process.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object()["cases"].toArray();
    QCOMPARE(cases.size(), 2);
    for (const QJsonValue &c : cases)
        QTest::newRow(qPrintable(c["name"].toString())) << c.toObject();
}

void GaussianProcessTest::matchesSklearn()
{
    QFETCH(QJsonObject, golden);
    GaussianProcess process = fixedProcess(golden);
    QVERIFY(process.fit(columnsOf(golden["X"].toArray()), vectorOf(golden["y"].toArray())));
    QCOMPARE(process.jitter(), 0.0);
    const Posterior belief = process.predict(columnsOf(golden["test_points"].toArray()));
    QString problem = compare("mean", belief.mean, vectorOf(golden["mean"].toArray()), tolerance);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = compare("latent sd", belief.sd, vectorOf(golden["sd_latent"].toArray()), tolerance);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // sklearn's own std includes the WhiteKernel: one more noisy observation's spread.
    const double noise = process.parameters().noiseVariance * std::pow(process.targetScale(), 2);
    const Eigen::VectorXd noisy = (belief.sd.array().square() + noise).sqrt();
    problem = compare("noisy sd", noisy, vectorOf(golden["sd_noisy"].toArray()), tolerance);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    Eigen::VectorXd lml(1);
    lml << process.logMarginalLikelihood();
    problem = compare("log marginal likelihood", lml, Eigen::VectorXd::Constant(1, golden["lml"].toDouble()),
                      tolerance);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // sklearn orders θ as (log σ², log ℓ₁ … log ℓ_d, log σₙ²); ours (log ℓ…, log σ², log σₙ²).
    const Eigen::VectorXd theirs = vectorOf(golden["lml_gradient"].toArray());
    const Eigen::Index d = theirs.size() - 2;
    Eigen::VectorXd reordered(d + 2);
    reordered << theirs.segment(1, d), theirs(0), theirs(d + 1);
    problem = compare("gradient", process.logMarginalLikelihoodGradient(), reordered, tolerance);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void GaussianProcessTest::optimumMatchesSklearn()
{
    QFETCH(QJsonObject, golden);
    const QJsonObject optimum = golden["optimum"].toObject();
    const Eigen::MatrixXd X = columnsOf(golden["X"].toArray());
    GaussianProcess process(KernelParameters::defaults(X.rows()));
    Random random(7);
    process.optimise(X, vectorOf(golden["y"].toArray()), optimum["restarts"].toInt(), random);
    const double theirs = optimum["lml"].toDouble(), ours = process.logMarginalLikelihood();
    qInfo("log marginal likelihood %.12f, sklearn's %.12f (difference %.3g)", ours, theirs, ours - theirs);
    QVERIFY2(std::abs(ours - theirs) <= optimumTolerance * std::max(1.0, std::abs(theirs)),
             qPrintable(QStringLiteral("%1 against sklearn's %2").arg(ours, 0, 'g', 17).arg(theirs, 0, 'g', 17)));
}

void GaussianProcessTest::gradientMatchesCentralDifference_data()
{
    // K⁻¹ is inverted in blocks of at most 16 (GaussianProcess.cpp): one block, and uneven
    // splits three levels deep.
    QTest::addColumn<int>("points");
    QTest::newRow("12 points") << 12;
    QTest::newRow("53 points") << 53;
    QTest::newRow("130 points") << 130;
}

void GaussianProcessTest::gradientMatchesCentralDifference()
{
    QFETCH(int, points);
    Random random(3);
    const Eigen::Index d = 3, n = points;
    Eigen::MatrixXd X(d, n);
    Eigen::VectorXd y(n);
    for (Eigen::Index k = 0; k < n; ++k) {
        for (Eigen::Index i = 0; i < d; ++i)
            X(i, k) = random.uniform01();
        y(k) = std::sin(4 * X(0, k)) + X(1, k) * X(2, k) + 0.1 * random.normal();
    }
    KernelParameters p;
    p.lengthScales = Eigen::Vector3d(0.3, 0.7, 1.9);
    p.signalVariance = 1.3;
    p.noiseVariance = 0.02;
    GaussianProcess process(p);
    QVERIFY(process.fit(X, y));
    const Eigen::VectorXd gradient = process.logMarginalLikelihoodGradient();
    const Eigen::VectorXd theta = p.logParameters();
    const double h = 1e-5;
    for (Eigen::Index j = 0; j < theta.size(); ++j) {
        const auto lmlAt = [&](double shift) {
            Eigen::VectorXd moved = theta;
            moved(j) += shift;
            GaussianProcess other(KernelParameters::fromLog(moved));
            other.fit(X, y);
            return other.logMarginalLikelihood();
        };
        const double difference = (lmlAt(h) - lmlAt(-h)) / (2 * h);
        QVERIFY2(std::abs(gradient(j) - difference) <= 1e-6 * std::max(1.0, std::abs(difference)),
                 qPrintable(QStringLiteral("θ[%1]: %2 against %3")
                                .arg(j)
                                .arg(gradient(j), 0, 'g', 12)
                                .arg(difference, 0, 'g', 12)));
    }
}

void GaussianProcessTest::singularKernelGetsJitter()
{
    // Three copies of one point without noise: K = σ²·11ᵀ has rank 1.
    KernelParameters p = KernelParameters::defaults(2);
    p.noiseVariance = 0.0;
    GaussianProcess process(p);
    const Eigen::MatrixXd X = Eigen::Vector2d(0.25, 0.75).replicate(1, 3);
    QVERIFY(process.fit(X, Eigen::Vector3d(1.0, 1.5, 2.0)));
    QVERIFY2(process.jitter() >= GaussianProcess::firstJitter && process.jitter() <= GaussianProcess::maxJitter,
             qPrintable(QString::number(process.jitter())));
    const Posterior belief = process.predict(Eigen::Vector2d(0.25, 0.75));
    QVERIFY(std::abs(belief.mean(0) - 1.5) < 1e-6); // the three values' mean
    QVERIFY(std::isfinite(belief.sd(0)));
}

void GaussianProcessTest::expectedImprovementKnownValues()
{
    const double phi0 = 1.0 / std::sqrt(2.0 * std::numbers::pi);
    QCOMPARE(ExpectedImprovement(0.0)(0.0, 1.0), phi0); // z = 0: 0·½ + 1·φ(0)
    // μ = 1, σ = 2, f* = 0: z = −½, EI = −Φ(−½) + 2φ(−½) (scipy.stats.norm).
    QVERIFY(std::abs(ExpectedImprovement(0.0)(1.0, 2.0) - 0.39559311480261206) < 1e-15);
    QCOMPARE(ExpectedImprovement(0.0)(-3.0, 0.0), 0.0); // no uncertainty: nothing expected
    QVERIFY(std::abs(ExpectedImprovement(0.0)(-3.0, 1e-9) - 3.0) < 1e-12); // certain improvement
    QCOMPARE(ExpectedImprovement(0.0)(40.0, 1.0), 0.0); // far worse than the best: no improvement
    QVERIFY(ExpectedImprovement(0.0, 0.5)(0.0, 1.0) < phi0); // ξ asks for more
}

QTEST_APPLESS_MAIN(GaussianProcessTest)
#include "tst_gaussian_process.moc"
