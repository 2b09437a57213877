#include "train/GradientClipping.h"

namespace kobai {

template <typename Scalar>
double clipGradientNorm(Vector<Scalar> &gradients, double maxNorm)
{
    const double norm = static_cast<double>(gradients.norm());
    const double coefficient = maxNorm / (norm + 1e-6);
    if (coefficient < 1.0)
        gradients *= static_cast<Scalar>(coefficient);
    return norm;
}

template <typename Scalar>
void clipGradientValue(Vector<Scalar> &gradients, double clip)
{
    const auto c = static_cast<Scalar>(clip);
    gradients = gradients.cwiseMax(-c).cwiseMin(c);
}

template double clipGradientNorm<float>(Vector<float> &, double);
template double clipGradientNorm<double>(Vector<double> &, double);
template void clipGradientValue<float>(Vector<float> &, double);
template void clipGradientValue<double>(Vector<double> &, double);

} // namespace kobai
