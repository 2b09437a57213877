// Two steps of every update rule against numbers worked out by hand from its formula
// (tiny-dnn's habit), beside the long golden runs of tst_optimizer_golden. One
// parameter w₀ = 1, gradients g₁ = 0.5 and g₂ = 0.25, η = 0.1 unless said. Specs are
// built directly: the engine alone.
#include "optim/OptimizerCatalog.h"

#include <QTest>

#include <cmath>

using namespace kobai;

namespace {

const double eta = 0.1;
// Adam-family moments for g₁ = 0.5, g₂ = 0.25 with β = (0.9, 0.999):
const double m1 = 0.05, v1 = 0.00025;         // (1 − β₁)·g₁, (1 − β₂)·g₁²
const double m2 = 0.07, v2 = 0.00031225;      // β₁·m₁ + 0.1·g₂, β₂·v₁ + 0.001·g₂²
const double bc1 = 0.1, bc2 = 0.001;          // 1 − β₁, 1 − β₂
const double bc1Two = 0.19, bc2Two = 0.001999; // 1 − β₁², 1 − β₂²

/// NAdam's μ_t = β₁·(1 − ½·0.96^(t·ψ)), ψ = 0.004.
double nadamMu(int t) { return 0.9 * (1 - 0.5 * std::pow(0.96, t * 0.004)); }

double nadamTwoSteps(int step)
{
    const double mu1 = nadamMu(1), mu2 = nadamMu(2), mu3 = nadamMu(3);
    const double d1 = std::sqrt(v1 / bc2) + 1e-8, d2 = std::sqrt(v2 / bc2Two) + 1e-8;
    // PyTorch 1.13 takes the next product as Π·μ_t·μ_{t+1} (the paper: Π·μ_{t+1}).
    const double w1 = 1 - eta * (1 - mu1) / (1 - mu1) * 0.5 / d1 - eta * mu2 / (1 - mu1 * mu1 * mu2) * m1 / d1;
    const double pi2 = mu1 * mu2;
    const double w2 = w1 - eta * (1 - mu2) / (1 - pi2) * 0.25 / d2 - eta * mu3 / (1 - pi2 * mu2 * mu3) * m2 / d2;
    return step == 1 ? w1 : w2;
}

struct HandRow {
    const char *name;
    OptimizerSpec spec;
    double afterOne, afterTwo;
};

std::vector<HandRow> handRows();

} // namespace

class UpdateRules : public QObject {
    Q_OBJECT
private slots:
    void twoStepsByHand_data();
    void twoStepsByHand();
    void everyRuleIsTested();
    void resetStartsOver_data();
    void resetStartsOver();
};

namespace {

std::vector<HandRow> handRows()
{
    std::vector<HandRow> rows;
    auto row = [&](const char *name, OptimizerSpec spec, double w1, double w2) { rows.push_back({name, spec, w1, w2}); };
    row("SGD", SgdOptions{.lr = eta}, 1 - 0.05, 0.95 - 0.025);
    // b₁ = g₁; b₂ = 0.9·0.5 + 0.25 = 0.7
    row("SGD momentum", SgdOptions{.lr = eta, .momentum = 0.9}, 0.95, 0.95 - 0.07);
    // d = g + μ·b: 0.5 + 0.45, then 0.25 + 0.9·0.7
    row("SGD nesterov", SgdOptions{.lr = eta, .momentum = 0.9, .nesterov = true}, 1 - 0.095, 0.905 - 0.088);
    // s = 0.25, then 0.3125
    const double adagrad1 = 1 - eta * 0.5 / (0.5 + 1e-10);
    row("Adagrad", AdagradOptions{.lr = eta}, adagrad1, adagrad1 - eta * 0.25 / (std::sqrt(0.3125) + 1e-10));
    // s = 0.01·0.25 = 0.0025, then 0.99·0.0025 + 0.01·0.0625 = 0.0031
    const double rmsprop1 = 1 - eta * 0.5 / (0.05 + 1e-8);
    row("RMSprop", RmspropOptions{.lr = eta}, rmsprop1, rmsprop1 - eta * 0.25 / (std::sqrt(0.0031) + 1e-8));
    // s = 0.025, Δ₁ = √1e-6/√(0.025 + 1e-6)·0.5, u = 0.1·Δ₁²; s = 0.02875
    const double delta1 = std::sqrt(1e-6) / std::sqrt(0.025 + 1e-6) * 0.5;
    const double delta2 = std::sqrt(0.1 * delta1 * delta1 + 1e-6) / std::sqrt(0.02875 + 1e-6) * 0.25;
    row("Adadelta", AdadeltaOptions{}, 1 - delta1, 1 - delta1 - delta2);
    const double adam1 = 1 - eta * (m1 / bc1) / (std::sqrt(v1 / bc2) + 1e-8);
    const double adamStep2 = eta * (m2 / bc1Two) / (std::sqrt(v2 / bc2Two) + 1e-8);
    row("Adam", AdamOptions{.lr = eta}, adam1, adam1 - adamStep2);
    // Decoupled decay first: w ← w·(1 − η·0.01)
    const double adamw1 = 0.999 - eta * (m1 / bc1) / (std::sqrt(v1 / bc2) + 1e-8);
    row("AdamW", AdamWOptions{.lr = eta}, adamw1, adamw1 * 0.999 - adamStep2);
    row("NAdam", NadamOptions{.lr = eta}, nadamTwoSteps(1), nadamTwoSteps(2));
    // ρ_∞ = 1999; ρ₁ = 1999 − 2·0.999/0.001 = 1, ρ₂ = 1999 − 4·0.998001/0.001999 ≈ 2: both ≤ 5,
    // so w ← w − η·m̂ (the golden runs cover the rectified steps).
    row("RAdam", RadamOptions{.lr = eta}, 1 - eta * m1 / bc1, 1 - eta * m1 / bc1 - eta * m2 / bc1Two);
    // u₁ = 0.5 + ε; u₂ = max(0.999·u₁, 0.25 + ε)
    const double u1 = 0.5 + 1e-8, u2 = 0.999 * u1;
    const double adamax1 = 1 - eta / bc1 * m1 / u1;
    row("Adamax", AdamaxOptions{.lr = eta}, adamax1, adamax1 - eta / bc1Two * m2 / u2);
    row("textbook SGD", TextbookSgdOptions{.lr = eta}, 0.95, 0.925);
    // v = −0.05, then 0.9·(−0.05) − 0.025 = −0.07
    row("textbook Momentum", TextbookMomentumOptions{.lr = eta, .momentum = 0.9}, 0.95, 0.88);
    // w ← w + α²·v − (1 + α)·η·g: 1 − 0.095; 0.905 − 0.81·0.05 − 0.0475 (PyTorch's Nesterov, step for step)
    row("textbook Nesterov", TextbookNesterovOptions{.lr = eta, .momentum = 0.9}, 0.905, 0.817);
    const double textbookAdagrad1 = 1 - eta * 0.5 / (0.5 + 1e-7);
    row("textbook AdaGrad", TextbookAdagradOptions{.lr = eta}, textbookAdagrad1,
        textbookAdagrad1 - eta * 0.25 / (std::sqrt(0.3125) + 1e-7));
    const double textbookRmsprop1 = 1 - eta * 0.5 / (0.05 + 1e-7);
    row("textbook RMSprop", TextbookRmspropOptions{.lr = eta}, textbookRmsprop1,
        textbookRmsprop1 - eta * 0.25 / (std::sqrt(0.0031) + 1e-7));
    // η_t = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ): √0.001, then 0.1·√0.001999/0.19
    const double textbookAdam1 = 1 - std::sqrt(0.001) * m1 / (std::sqrt(v1) + 1e-7);
    row("textbook Adam", TextbookAdamOptions{.lr = eta}, textbookAdam1,
        textbookAdam1 - eta * std::sqrt(bc2Two) / bc1Two * m2 / (std::sqrt(v2) + 1e-7));
    return rows;
}

} // namespace

void UpdateRules::twoStepsByHand_data()
{
    QTest::addColumn<OptimizerSpec>("spec");
    QTest::addColumn<double>("afterOne");
    QTest::addColumn<double>("afterTwo");
    for (const HandRow &row : handRows())
        QTest::newRow(row.name) << row.spec << row.afterOne << row.afterTwo;
}

void UpdateRules::twoStepsByHand()
{
    QFETCH(OptimizerSpec, spec);
    QFETCH(double, afterOne);
    QFETCH(double, afterTwo);
    const auto rule = makeOptimizer<double>(spec);
    QVERIFY(rule->state().empty()); // no state before the first step
    Vector<double> w{{1.0}};
    rule->step(w, Vector<double>{{0.5}}, baseLearningRate(spec));
    QVERIFY2(std::abs(w(0) - afterOne) <= 1e-12, qPrintable(QString::number(w(0), 'g', 17)));
    rule->step(w, Vector<double>{{0.25}}, baseLearningRate(spec));
    QVERIFY2(std::abs(w(0) - afterTwo) <= 1e-12, qPrintable(QString::number(w(0), 'g', 17)));
}

void UpdateRules::everyRuleIsTested()
{
    QSet<std::size_t> tested;
    for (const HandRow &row : handRows())
        tested.insert(row.spec.index());
    for (const RuleEntry &rule : allRules())
        QVERIFY2(tested.contains(rule.specIndex), rule.name.c_str());
}

void UpdateRules::resetStartsOver_data()
{
    QTest::addColumn<std::size_t>("rule");
    for (const RuleEntry &rule : allRules())
        QTest::newRow(((rule.variant == RuleVariant::Textbook ? "textbook " : "") + rule.name).c_str())
            << rule.specIndex;
}

void UpdateRules::resetStartsOver()
{
    QFETCH(std::size_t, rule);
    const RuleEntry &entry = allRules()[rule];
    const auto optimizer = makeOptimizer<double>(*defaultRule(entry.variant, entry.name));
    auto twoSteps = [&] {
        Vector<double> w{{1.0, -2.0}};
        optimizer->step(w, Vector<double>{{0.5, -0.1}}, 0.01);
        optimizer->step(w, Vector<double>{{0.25, 0.3}}, 0.01);
        return w;
    };
    const Vector<double> first = twoSteps();
    optimizer->reset();
    QVERIFY(optimizer->state().empty());
    const Vector<double> again = twoSteps();
    QCOMPARE(again(0), first(0));
    QCOMPARE(again(1), first(1));
    const std::vector<OptimizerStateVector> state = optimizer->state();
    for (const OptimizerStateVector &vector : state)
        QCOMPARE(vector.values.size(), std::size_t{2});
}

QTEST_APPLESS_MAIN(UpdateRules)
#include "tst_update_rules.moc"
