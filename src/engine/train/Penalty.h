#pragma once
// Weight penalties added to the minimised loss (biases are not penalised):
//   P = λ₂/2·Σ w²  + λ₁·Σ |w|        ∂P/∂w = λ₂·w + λ₁·sign(w)
#include "model/DenseNetwork.h"
#include "train/TrainingSpec.h"

namespace kobai {

template <typename Scalar>
double penaltyValue(const Vector<Scalar> &parameters, const std::vector<TensorInfo> &tensors,
                    const RegularizationSpec &spec);

template <typename Scalar>
void addPenaltyGradient(const Vector<Scalar> &parameters, const std::vector<TensorInfo> &tensors,
                        const RegularizationSpec &spec, Vector<Scalar> &gradients);

} // namespace kobai
