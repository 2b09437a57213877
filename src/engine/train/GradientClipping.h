#pragma once
// Gradient clipping as torch.nn.utils:
//   by norm  (clip_grad_norm_):  n = ‖g‖₂; if max_norm/(n + 1e-6) < 1, g ← g·max_norm/(n + 1e-6)
//   by value (clip_grad_value_): g ← clamp(g, −c, c)
#include "core/EigenTypes.h"

namespace kobai {

/// Returns the norm before clipping.
template <typename Scalar>
double clipGradientNorm(Vector<Scalar> &gradients, double maxNorm);

template <typename Scalar>
void clipGradientValue(Vector<Scalar> &gradients, double clip);

} // namespace kobai
