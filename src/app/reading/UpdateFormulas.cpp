#include "UpdateFormulas.h"

#include "core/Overloaded.h"

#include <QHash>

#include <variant>

namespace kobai::app {

namespace {

const QStringList momentumTextbook{QStringLiteral("v ← α·v − η·g"), QStringLiteral("w ← w + v")};
const QStringList momentumPytorch{QStringLiteral("b ← μ·b + g   (b₁ = g)"), QStringLiteral("w ← w − η·b   (v = −η·b)")};
const QStringList nesterovTextbook{QStringLiteral("w ← w + α²·v − (1 + α)·η·g   (the old v)"), QStringLiteral("v ← α·v − η·g")};
const QStringList nesterovPytorch{QStringLiteral("b ← μ·b + g"), QStringLiteral("w ← w − η·(g + μ·b)")};
const QStringList adagradTextbook{QStringLiteral("h ← h + g⊙g"), QStringLiteral("w ← w − η·g / (√h + 10⁻⁷)")};
const QStringList adagradPytorch{QStringLiteral("h ← h + g⊙g   (sum)"), QStringLiteral("w ← w − η·g / (√h + ε)")};
const QStringList rmspropTextbook{QStringLiteral("h ← ρ·h + (1 − ρ)·g⊙g"), QStringLiteral("w ← w − η·g / (√h + 10⁻⁷)")};
const QStringList rmspropPytorch{QStringLiteral("h ← α·h + (1 − α)·g⊙g   (square_avg)"),
                                 QStringLiteral("w ← w − η·g / (√h + ε)")};
const QStringList adamTextbook{QStringLiteral("m ← m + (1 − β₁)·(g − m)"), QStringLiteral("v ← v + (1 − β₂)·(g⊙g − v)"),
                               QStringLiteral("η_t = η·√(1 − β₂ᵗ) / (1 − β₁ᵗ)"),
                               QStringLiteral("w ← w − η_t·m / (√v + 10⁻⁷)")};
const QStringList adamPytorch{QStringLiteral("m ← β₁·m + (1 − β₁)·g"), QStringLiteral("v ← β₂·v + (1 − β₂)·g⊙g"),
                              QStringLiteral("m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)"),
                              QStringLiteral("w ← w − η·m̂ / (√v̂ + ε)")};

} // namespace

UpdateFormulas updateFormulas(const OptimizerSpec &spec)
{
    return std::visit(
        Overloaded{
            [](const SgdOptions &o) -> UpdateFormulas {
                if (o.momentum == 0.0)
                    return {QStringLiteral("SGD"), {}, {QStringLiteral("w ← w − η·g")}};
                if (o.nesterov)
                    return {QStringLiteral("Nesterov"), {}, nesterovPytorch};
                return {QStringLiteral("Momentum"), {}, momentumPytorch};
            },
            [](const AdagradOptions &) -> UpdateFormulas { return {QStringLiteral("AdaGrad"), {}, adagradPytorch}; },
            [](const RmspropOptions &) -> UpdateFormulas { return {QStringLiteral("RMSprop"), {}, rmspropPytorch}; },
            [](const AdadeltaOptions &) -> UpdateFormulas {
                return {QStringLiteral("AdaDelta"),
                        {},
                        {QStringLiteral("h ← ρ·h + (1 − ρ)·g⊙g   (square_avg)"),
                         QStringLiteral("Δw = −√(s + ε) / √(h + ε) ⊙ g"),
                         QStringLiteral("s ← ρ·s + (1 − ρ)·Δw⊙Δw   (acc_delta)"), QStringLiteral("w ← w + η·Δw")}};
            },
            [](const AdamOptions &) -> UpdateFormulas { return {QStringLiteral("Adam"), {}, adamPytorch}; },
            [](const AdamWOptions &) -> UpdateFormulas {
                QStringList lines{QStringLiteral("w ← w·(1 − η·λ)")};
                lines << adamPytorch;
                return {QStringLiteral("AdamW"), {}, lines};
            },
            [](const TextbookSgdOptions &) -> UpdateFormulas {
                return {QStringLiteral("SGD"), {QStringLiteral("w ← w − η·g")}, {}};
            },
            [](const TextbookMomentumOptions &) -> UpdateFormulas {
                return {QStringLiteral("Momentum"), momentumTextbook, momentumPytorch};
            },
            [](const TextbookNesterovOptions &) -> UpdateFormulas {
                return {QStringLiteral("Nesterov"), nesterovTextbook, nesterovPytorch};
            },
            [](const TextbookAdagradOptions &) -> UpdateFormulas {
                return {QStringLiteral("AdaGrad"), adagradTextbook, adagradPytorch};
            },
            [](const TextbookRmspropOptions &) -> UpdateFormulas {
                return {QStringLiteral("RMSprop"), rmspropTextbook, rmspropPytorch};
            },
            [](const TextbookAdamOptions &) -> UpdateFormulas {
                return {QStringLiteral("Adam"), adamTextbook, adamPytorch};
            },
        },
        spec);
}

QString stateSymbol(const QString &engineName)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("momentum_buffer"), QStringLiteral("b (momentum_buffer)")},
        {QStringLiteral("sum"), QStringLiteral("h (sum)")},
        {QStringLiteral("square_avg"), QStringLiteral("h (square_avg)")},
        {QStringLiteral("acc_delta"), QStringLiteral("s (acc_delta)")},
        {QStringLiteral("grad_avg"), QStringLiteral("ḡ (grad_avg)")},
        {QStringLiteral("exp_avg"), QStringLiteral("m (exp_avg)")},
        {QStringLiteral("exp_avg_sq"), QStringLiteral("v (exp_avg_sq)")},
        {QStringLiteral("max_exp_avg_sq"), QStringLiteral("v_max (max_exp_avg_sq)")},
        {QStringLiteral("m_hat"), QStringLiteral("m̂")},
        {QStringLiteral("v_hat"), QStringLiteral("v̂")},
        {QStringLiteral("lr_t"), QStringLiteral("η_t")},
    };
    return symbols.value(engineName, engineName);
}

} // namespace kobai::app
