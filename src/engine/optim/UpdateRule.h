#pragma once
// What every update rule shares. A rule is one unit (its header): an options struct
// holding the defaults, the field table (key, member, accepted range), the name and
// variant, the formula lines the step-through panel prints, and the rule class. The
// list in OptimizerSpec.h is the only other place a rule is named; names, readers,
// the PyTorch export and the formulas all come from there.
#include "core/OptionField.h"
#include "optim/Optimizer.h"

#include <optional>
#include <span>

namespace kobai {

/// PyTorch 1.13's torch.optim semantics, or ゼロから作るDeep Learning's (ch. 6,
/// common/optimizer.py) as the E資格 exam writes them.
enum class RuleVariant { PyTorch, Textbook };

/// The update as the step-through panel prints it: one line per assignment. A PyTorch
/// rule has the PyTorch form only; a textbook rule both (the PyTorch form empty when
/// it is the same). Formulas are notation, the same in both languages.
struct RuleFormulas {
    std::string shownName; ///< e.g. "Momentum" for SGD with a momentum
    std::vector<std::string> textbook;
    std::vector<std::string> pytorch;
};

/// Arguments each in range but wrong together, as PyTorch's constructor refuses them.
struct RuleProblem {
    const char *field;
    const char *expected;
};

/// The textbook's ε, added to every root it divides by.
inline constexpr double textbookEpsilon = 1e-7;

/// Accepted ranges the rules share.
namespace ruleRange {
inline constexpr ValueRange learningRate = ValueRange::above(0).upTo(1000);
inline constexpr ValueRange nonNegative = ValueRange::atLeast(0);
/// A moving-average coefficient: β ∈ [0, 1).
inline constexpr ValueRange beta = ValueRange::atLeast(0).upTo(1, false);
/// A decay that may keep everything: ρ ∈ [0, 1].
inline constexpr ValueRange decay = ValueRange::atLeast(0).upTo(1);
} // namespace ruleRange

/// The skeleton of every rule: the step count, zeroed state on the first step,
/// no state before it.
template <typename Scalar>
class UpdateRule : public Optimizer<Scalar> {
public:
    void reset() final { steps_ = 0; }

    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads, double lr) final
    {
        if (steps_ == 0)
            start(params.size());
        ++steps_;
        update(params, grads, lr);
    }

    std::vector<OptimizerStateVector> state() const final
    {
        if (steps_ == 0)
            return {};
        return stateVectors();
    }

protected:
    /// t: 1 during the first update.
    long long steps() const { return steps_; }

private:
    /// Sizes and zeroes the run's state for a buffer of `size` parameters.
    virtual void start(Eigen::Index size) = 0;
    virtual void update(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                        double lr) = 0;
    virtual std::vector<OptimizerStateVector> stateVectors() const = 0;

    long long steps_ = 0;
};

/// Copies one per-parameter state vector out for the step-through view.
template <typename Derived>
OptimizerStateVector toStateVector(std::string name, std::string symbol, const Eigen::MatrixBase<Derived> &values)
{
    OptimizerStateVector out{std::move(name), std::move(symbol),
                             std::vector<double>(static_cast<std::size_t>(values.size()))};
    for (Eigen::Index i = 0; i < values.size(); ++i)
        out.values[static_cast<std::size_t>(i)] = static_cast<double>(values(i));
    return out;
}

} // namespace kobai
