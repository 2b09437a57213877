#include "train/Penalty.h"

namespace kobai {

template <typename Scalar>
double penaltyValue(const Vector<Scalar> &parameters, const std::vector<TensorInfo> &tensors,
                    const RegularizationSpec &spec)
{
    double total = 0.0;
    for (const TensorInfo &t : tensors) {
        if (!t.isWeight)
            continue;
        const auto w = parameters.segment(t.offset, t.size());
        total += 0.5 * spec.l2 * static_cast<double>(w.squaredNorm()) +
                 spec.l1 * static_cast<double>(w.template lpNorm<1>());
    }
    return total;
}

template <typename Scalar>
void addPenaltyGradient(const Vector<Scalar> &parameters, const std::vector<TensorInfo> &tensors,
                        const RegularizationSpec &spec, Vector<Scalar> &gradients)
{
    const auto l2 = static_cast<Scalar>(spec.l2);
    const auto l1 = static_cast<Scalar>(spec.l1);
    for (const TensorInfo &t : tensors) {
        if (!t.isWeight)
            continue;
        const auto w = parameters.segment(t.offset, t.size());
        auto g = gradients.segment(t.offset, t.size());
        if (l2 != Scalar(0))
            g += l2 * w;
        if (l1 != Scalar(0))
            g += l1 * w.cwiseSign();
    }
}

template double penaltyValue<float>(const Vector<float> &, const std::vector<TensorInfo> &, const RegularizationSpec &);
template double penaltyValue<double>(const Vector<double> &, const std::vector<TensorInfo> &, const RegularizationSpec &);
template void addPenaltyGradient<float>(const Vector<float> &, const std::vector<TensorInfo> &,
                                        const RegularizationSpec &, Vector<float> &);
template void addPenaltyGradient<double>(const Vector<double> &, const std::vector<TensorInfo> &,
                                         const RegularizationSpec &, Vector<double> &);

} // namespace kobai
