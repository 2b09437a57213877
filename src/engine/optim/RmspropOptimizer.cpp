#include "optim/RmspropOptimizer.h"

namespace kobai {

std::span<const OptionField<RmspropOptions>> RmspropOptions::fields()
{
    static const OptionField<RmspropOptions> fields[] = {
        {"lr", &RmspropOptions::lr, ruleRange::learningRate},
        {"alpha", &RmspropOptions::alpha, ruleRange::nonNegative},
        {"eps", &RmspropOptions::eps, ruleRange::nonNegative},
        {"weight_decay", &RmspropOptions::weight_decay, ruleRange::nonNegative},
        {"momentum", &RmspropOptions::momentum, ruleRange::nonNegative},
        {"centered", &RmspropOptions::centered},
    };
    return fields;
}

RuleFormulas RmspropOptions::formulas() const
{
    return {"RMSprop", {}, {"h ← α·h + (1 − α)·g⊙g   (square_avg)", "w ← w − η·g / (√h + ε)"}};
}

template <typename Scalar>
void RmspropOptimizer<Scalar>::start(Eigen::Index size)
{
    squareAvg_ = Vector<Scalar>::Zero(size);
    gradAvg_ = Vector<Scalar>::Zero(options_.centered ? size : 0);
    buffer_ = Vector<Scalar>::Zero(options_.momentum > 0 ? size : 0);
}

template <typename Scalar>
void RmspropOptimizer<Scalar>::update(Eigen::Ref<Vector<Scalar>> params,
                                      const Eigen::Ref<const Vector<Scalar>> &grads, double lr)
{
    const auto alpha = static_cast<Scalar>(options_.alpha);
    const auto eps = static_cast<Scalar>(options_.eps);
    const auto eta = static_cast<Scalar>(lr);
    if (options_.weight_decay != 0.0)
        direction_ = grads + static_cast<Scalar>(options_.weight_decay) * params;
    else
        direction_ = grads;
    squareAvg_.array() = squareAvg_.array() * alpha + (Scalar(1) - alpha) * direction_.array() * direction_.array();
    if (options_.centered) {
        gradAvg_ = gradAvg_ * alpha + (Scalar(1) - alpha) * direction_;
        root_.array() = (squareAvg_.array() - gradAvg_.array() * gradAvg_.array()).sqrt() + eps;
    } else {
        root_.array() = squareAvg_.array().sqrt() + eps;
    }
    if (options_.momentum > 0) {
        buffer_.array() = buffer_.array() * static_cast<Scalar>(options_.momentum) + direction_.array() / root_.array();
        params -= eta * buffer_;
    } else {
        params.array() += (-eta * direction_.array()) / root_.array();
    }
}

template <typename Scalar>
std::vector<OptimizerStateVector> RmspropOptimizer<Scalar>::stateVectors() const
{
    std::vector<OptimizerStateVector> out{toStateVector("square_avg", "h (square_avg)", squareAvg_)};
    if (options_.centered)
        out.push_back(toStateVector("grad_avg", "ḡ (grad_avg)", gradAvg_));
    if (options_.momentum > 0)
        out.push_back(toStateVector("momentum_buffer", "b (momentum_buffer)", buffer_));
    return out;
}

template class RmspropOptimizer<float>;
template class RmspropOptimizer<double>;

} // namespace kobai
