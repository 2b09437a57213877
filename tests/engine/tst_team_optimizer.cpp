// An update rule shared out between threads (TeamOptimizer) gives the same numbers as
// one instance over the whole buffer, to the bit, for every rule and its options, and
// its state reads as the one instance's would.
#include "core/Random.h"
#include "optim/TeamOptimizer.h"

#include <QTest>

using namespace kobai;

Q_DECLARE_METATYPE(kobai::OptimizerSpec)

class TeamOptimizerTest : public QObject {
    Q_OBJECT
private slots:
    void sharedStepsEqualOneInstance_data();
    void sharedStepsEqualOneInstance();
};

void TeamOptimizerTest::sharedStepsEqualOneInstance_data()
{
    QTest::addColumn<OptimizerSpec>("spec");
    QTest::addColumn<int>("threads");
    const std::pair<const char *, OptimizerSpec> rules[] = {
        {"SGD", SgdOptions{.lr = 0.1}},
        {"SGD nesterov, decay", SgdOptions{.lr = 0.1, .momentum = 0.9, .dampening = 0.0, .nesterov = true,
                                           .weight_decay = 1e-3}},
        {"SGD dampened", SgdOptions{.lr = 0.1, .momentum = 0.9, .dampening = 0.5}},
        {"Adagrad", AdagradOptions{.lr = 0.1, .lr_decay = 0.01, .weight_decay = 1e-3,
                                   .initial_accumulator_value = 0.1}},
        {"RMSprop centered, momentum", RmspropOptions{.lr = 0.01, .momentum = 0.9, .centered = true}},
        {"Adadelta", AdadeltaOptions{.weight_decay = 1e-3}},
        {"Adam amsgrad", AdamOptions{.lr = 0.01, .weight_decay = 1e-3, .amsgrad = true}},
        {"AdamW", AdamWOptions{.lr = 0.01}},
        {"textbook SGD", TextbookSgdOptions{.lr = 0.1}},
        {"textbook Momentum", TextbookMomentumOptions{}},
        {"textbook Nesterov", TextbookNesterovOptions{}},
        {"textbook AdaGrad", TextbookAdagradOptions{}},
        {"textbook RMSprop", TextbookRmspropOptions{}},
        {"textbook Adam", TextbookAdamOptions{}},
    };
    for (const auto &[name, spec] : rules)
        for (int threads : {2, 3})
            QTest::addRow("%s, %d threads", name, threads) << spec << threads;
}

void TeamOptimizerTest::sharedStepsEqualOneInstance()
{
    QFETCH(OptimizerSpec, spec);
    QFETCH(int, threads);
    // An odd size, so the last range is not a whole number of cache lines.
    const Eigen::Index n = TeamOptimizer<float>::splitThreshold + 12345;
    Random random(7);
    Vector<float> shared(n);
    for (Eigen::Index i = 0; i < n; ++i)
        shared(i) = static_cast<float>(random.normal());
    Vector<float> alone = shared;
    Vector<float> grads(n);

    ThreadTeam team(threads);
    TeamOptimizer<float> teamRule(spec, n, team);
    teamRule.reset();
    auto oneRule = makeOptimizer<float>(spec);
    oneRule->reset();
    for (int step = 1; step <= 5; ++step) {
        for (Eigen::Index i = 0; i < n; ++i)
            grads(i) = static_cast<float>(random.normal());
        const double lr = 0.05 / step; // as a schedule would change it
        teamRule.step(shared, grads, lr);
        oneRule->step(alone, grads, lr);
        QVERIFY2(shared == alone, qPrintable(QStringLiteral("step %1").arg(step)));
    }
    const std::vector<OptimizerStateVector> joined = teamRule.state();
    const std::vector<OptimizerStateVector> whole = oneRule->state();
    QCOMPARE(joined.size(), whole.size());
    for (std::size_t k = 0; k < whole.size(); ++k) {
        QCOMPARE(joined[k].name, whole[k].name);
        QVERIFY2(joined[k].values == whole[k].values, whole[k].name.c_str());
    }
}

QTEST_GUILESS_MAIN(TeamOptimizerTest)
#include "tst_team_optimizer.moc"
