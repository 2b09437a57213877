// BayesianProposer: deterministic for a seed; a Latin-hypercube start; every proposal in
// the unit cube with choice coordinates on their cell centres; a batch spreads out under
// either batch rule; the belief map the lesson draws; and better than uniform random
// search on himmelblau in mean best value over fixed seeds.
#include "core/Random.h"
#include "search/BayesianProposer.h"
#include "trajectory/LossSurface.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace kobai;

Q_DECLARE_METATYPE(kobai::BatchRule)

namespace {

SearchSpace mixedSpace()
{
    SearchSpace space;
    space.dimensions.push_back({"optimizer.lr", DimensionScale::Log, 1e-6, 1e-2, {}});
    space.dimensions.push_back({"batch_size", DimensionScale::Choice, 0.0, 1.0, {32, 64, 128}});
    space.dimensions.push_back({"model.dropout", DimensionScale::Linear, 0.0, 0.5, {}});
    return space;
}

SearchSpace squareSpace()
{
    SearchSpace space;
    space.dimensions.push_back({"x", DimensionScale::Linear, -5.0, 5.0, {}});
    space.dimensions.push_back({"y", DimensionScale::Linear, -5.0, 5.0, {}});
    return space;
}

/// A smooth objective of the mixed space's unit coordinates, lowest near (0.3, ½, 0.7).
double bowl(const Eigen::VectorXd &u)
{
    return (u - Eigen::Vector3d(0.3, 0.5, 0.7)).squaredNorm() + 0.1 * std::sin(9 * u(0));
}

/// Runs `trials` trials one at a time, each proposal evaluated by objective; returns every point.
template <typename Objective>
std::vector<Eigen::VectorXd> search(Proposer &proposer, int trials, Objective objective,
                                    std::vector<Observation> *observed = nullptr)
{
    std::vector<Observation> finished;
    std::vector<Eigen::VectorXd> points;
    while (static_cast<int>(points.size()) < trials) {
        const Eigen::VectorXd u = proposer.propose(finished, {}, 1).at(0);
        finished.push_back({u, objective(u), false});
        points.push_back(u);
    }
    if (observed)
        *observed = finished;
    return points;
}

double himmelblauAt(const Eigen::VectorXd &u)
{
    static const LossSurface surface(SurfaceSpec{.kind = SurfaceKind::Himmelblau});
    return surface.value(-5.0 + 10.0 * u(0), -5.0 + 10.0 * u(1));
}

} // namespace

class BayesianProposerTest : public QObject {
    Q_OBJECT
private slots:
    void deterministicForASeed();
    void initialDesignIsALatinHypercube();
    void proposalsStayInTheCubeOnCellCentres();
    void batchIsDistinct_data();
    void batchIsDistinct();
    void beliefMapShowsTheModel();
    void nonFiniteObjectivesAreLeftOut();
    void beatsRandomSearchOnHimmelblau();
};

void BayesianProposerTest::deterministicForASeed()
{
    BayesOptions options;
    options.candidates = 300;
    BayesianProposer a(mixedSpace(), options, 11), b(mixedSpace(), options, 11), c(mixedSpace(), options, 12);
    const auto first = search(a, 9, bowl), second = search(b, 9, bowl), other = search(c, 9, bowl);
    for (std::size_t k = 0; k < first.size(); ++k)
        QVERIFY2(first[k] == second[k], qPrintable(QStringLiteral("trial %1 differs").arg(k)));
    QVERIFY(first[0] != other[0]);
    QVERIFY(first.back() != other.back());
}

void BayesianProposerTest::initialDesignIsALatinHypercube()
{
    SearchSpace space;
    for (int i = 0; i < 4; ++i)
        space.dimensions.push_back({std::string(1, static_cast<char>('a' + i)), DimensionScale::Linear, 0.0, 1.0, {}});
    BayesOptions options;
    options.initial_trials = 8;
    BayesianProposer proposer(space, options, 5);
    const std::vector<Eigen::VectorXd> design = proposer.propose({}, {}, 8); // all up front, nothing finished
    QCOMPARE(design.size(), std::size_t(8));
    for (int i = 0; i < 4; ++i) {
        std::set<int> strata;
        for (const Eigen::VectorXd &u : design)
            strata.insert(static_cast<int>(u(i) * 8));
        QCOMPARE(strata.size(), std::size_t(8)); // one point in each eighth of every axis
    }
    QVERIFY(!proposer.model().fitted());
}

void BayesianProposerTest::proposalsStayInTheCubeOnCellCentres()
{
    BayesOptions options;
    options.candidates = 300;
    BayesianProposer proposer(mixedSpace(), options, 2);
    const std::set<double> centres{1.0 / 6, 0.5, 5.0 / 6};
    for (const Eigen::VectorXd &u : search(proposer, 14, bowl)) {
        QCOMPARE(u.size(), Eigen::Index(3));
        QVERIFY(u.minCoeff() >= 0.0 && u.maxCoeff() <= 1.0);
        QVERIFY2(centres.count(u(1)), qPrintable(QString::number(u(1), 'g', 17)));
    }
}

void BayesianProposerTest::batchIsDistinct_data()
{
    QTest::addColumn<BatchRule>("rule");
    QTest::newRow("constant liar") << BatchRule::ConstantLiar;
    QTest::newRow("kriging believer") << BatchRule::KrigingBeliever;
}

void BayesianProposerTest::batchIsDistinct()
{
    QFETCH(BatchRule, rule);
    BayesOptions options;
    options.candidates = 500;
    options.batch_rule = rule;
    BayesianProposer proposer(squareSpace(), options, 4);
    std::vector<Observation> finished;
    search(proposer, 6, himmelblauAt, &finished);
    const std::vector<Eigen::VectorXd> batch = proposer.propose(finished, {}, 2);
    QCOMPARE(batch.size(), std::size_t(2));
    QVERIFY2((batch[0] - batch[1]).norm() > 1e-3, "the second point of a batch repeats the first");
    // A point still running is not proposed again.
    const std::vector<Eigen::VectorXd> next = proposer.propose(finished, batch, 1);
    for (const Eigen::VectorXd &point : batch)
        QVERIFY((next[0] - point).norm() > 1e-3);
}

void BayesianProposerTest::beliefMapShowsTheModel()
{
    BayesOptions options;
    options.candidates = 300;
    BayesianProposer proposer(mixedSpace(), options, 8);
    QVERIFY(!proposer.beliefMap(0, 2, 60));
    std::vector<Observation> finished;
    search(proposer, 7, bowl, &finished);
    const std::vector<Eigen::VectorXd> chosen = proposer.propose(finished, {}, 2);
    const std::optional<BeliefMap> map = proposer.beliefMap(0, 2, 60);
    QVERIFY(map);
    QCOMPARE(map->mean.rows(), Eigen::Index(60));
    QCOMPARE(map->mean.cols(), Eigen::Index(60));
    QVERIFY(map->mean.allFinite() && map->sd.allFinite() && map->improvement.allFinite());
    QVERIFY(map->sd.minCoeff() >= 0.0 && map->improvement.minCoeff() >= 0.0);
    QVERIFY(map->improvement.maxCoeff() > 0.0);
    QCOMPARE(map->chosen.size(), std::size_t(2));
    QVERIFY(map->chosen[0] == chosen[0] && map->chosen[1] == chosen[1]);
    const auto best = std::min_element(finished.begin(), finished.end(), [](const Observation &a, const Observation &b) {
        return a.objective < b.objective;
    });
    QCOMPARE(map->best, best->objective);
    QVERIFY(map->heldAt == best->unit);
    // Where the best trial ran the model knows its value: mean close, sd small.
    const Posterior there = proposer.model().predict(best->unit);
    QVERIFY(std::abs(there.mean(0) - best->objective) < 0.05);
}

void BayesianProposerTest::nonFiniteObjectivesAreLeftOut()
{
    BayesOptions options;
    options.initial_trials = 2;
    options.candidates = 200;
    BayesianProposer proposer(squareSpace(), options, 6);
    const std::vector<Eigen::VectorXd> design = proposer.propose({}, {}, 2);
    std::vector<Observation> finished{{design[0], INFINITY, false}, {design[1], NAN, false}};
    const Eigen::VectorXd blind = proposer.propose(finished, {}, 1).at(0); // nothing usable: a uniform point
    QVERIFY(blind.allFinite() && blind.minCoeff() >= 0.0 && blind.maxCoeff() <= 1.0);
    QVERIFY(!proposer.model().fitted());
    finished.push_back({blind, himmelblauAt(blind), false});
    finished.push_back({Eigen::Vector2d(0.8, 0.7), himmelblauAt(Eigen::Vector2d(0.8, 0.7)), false});
    const Eigen::VectorXd next = proposer.propose(finished, {}, 1).at(0);
    QVERIFY(next.allFinite() && next.minCoeff() >= 0.0 && next.maxCoeff() <= 1.0);
    QCOMPARE(proposer.model().size(), Eigen::Index(2));
    QVERIFY(proposer.beliefMap(0, 1, 10)->mean.allFinite());
}

void BayesianProposerTest::beatsRandomSearchOnHimmelblau()
{
    const int seeds = 10, trials = 30;
    double bayes = 0.0, random = 0.0;
    for (int seed = 0; seed < seeds; ++seed) {
        BayesianProposer proposer(squareSpace(), BayesOptions{}, static_cast<std::uint64_t>(seed));
        std::vector<Observation> finished;
        search(proposer, trials, himmelblauAt, &finished);
        double best = INFINITY;
        for (const Observation &o : finished)
            best = std::min(best, o.objective);
        bayes += best / seeds;
        Random uniform(static_cast<std::uint64_t>(seed));
        best = INFINITY;
        for (int t = 0; t < trials; ++t)
            best = std::min(best, himmelblauAt(Eigen::Vector2d(uniform.uniform01(), uniform.uniform01())));
        random += best / seeds;
    }
    qInfo("mean best value after %d trials over %d seeds: Bayesian optimisation %.4g, random %.4g", trials, seeds,
          bayes, random);
    QVERIFY2(bayes < 0.5 * random, qPrintable(QStringLiteral("%1 against random's %2").arg(bayes).arg(random)));
}

QTEST_APPLESS_MAIN(BayesianProposerTest)
#include "tst_bayesian_proposer.moc"
