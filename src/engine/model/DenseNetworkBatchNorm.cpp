// Batch normalisation's layer (Ioffe & Szegedy 2015, PyTorch's BatchNorm1d): forward in
// training, evaluation and measurement modes, and its backward pass. A source of its own
// so that the network's heaviest file compiles in two halves.
#include "model/DenseNetwork.h"

#include <stdexcept>
#include <string>

namespace kobai {

template <typename Scalar>
void DenseNetwork<Scalar>::normalize(Eigen::Index layer, Matrix<Scalar> &z, ForwardMode mode)
{
    const auto h = static_cast<std::size_t>(layer);
    const auto gamma = segment(weights(), tensors_[firstTensor_[h] + 2]);
    const auto beta = segment(weights(), tensors_[firstTensor_[h] + 3]);
    auto runningMean = segment(running_, runningTensors_[2 * h]);
    auto runningVariance = segment(running_, runningTensors_[2 * h + 1]);
    const auto eps = static_cast<Scalar>(batchNorm_->eps);
    if (mode == ForwardMode::Evaluate) {
        const Vector<Scalar> scale = gamma.array() / (runningVariance.array() + eps).sqrt();
        z.colwise() -= runningMean;
        z.array().colwise() *= scale.array();
        z.colwise() += beta;
        return;
    }
    const Eigen::Index batch = z.cols();
    if (batch < 2)
        throw std::invalid_argument("batch normalisation in training needs more than one sample per mini-batch "
                                    "(layer" + std::to_string(layer + 1) + "_bn got a batch of " +
                                    std::to_string(batch) + ")");
    const Vector<Scalar> mean = z.rowwise().mean();
    Matrix<Scalar> &normalized = normalized_[h];
    normalized = z.colwise() - mean;
    const Vector<Scalar> variance = normalized.array().square().rowwise().sum() / static_cast<Scalar>(batch);
    inverseStd_[h] = (variance.array() + eps).sqrt().inverse();
    normalized.array().colwise() *= inverseStd_[h].array();
    z = normalized;
    z.array().colwise() *= gamma.array();
    z.colwise() += beta;
    if (mode != ForwardMode::Train)
        return;
    const auto momentum = static_cast<Scalar>(batchNorm_->momentum);
    const auto unbiased = static_cast<Scalar>(batch) / static_cast<Scalar>(batch - 1);
    runningMean = (Scalar(1) - momentum) * runningMean + momentum * mean;
    runningVariance = (Scalar(1) - momentum) * runningVariance + (momentum * unbiased) * variance;
}

template <typename Scalar>
void DenseNetwork<Scalar>::normalizeBackward(Eigen::Index layer, Matrix<Scalar> &gradient)
{
    // With x̂ = (z − μ)/√(σ² + ε) and y = γ x̂ + β over a batch of B:
    // ∂L/∂β = Σ ∂L/∂y, ∂L/∂γ = Σ ∂L/∂y ⊙ x̂, ∂L/∂z = γ/(B√(σ² + ε)) ⊙ (B ∂L/∂y − ∂L/∂β − x̂ ⊙ ∂L/∂γ).
    const auto h = static_cast<std::size_t>(layer);
    const Matrix<Scalar> &normalized = normalized_[h];
    const auto gamma = segment(weights(), tensors_[firstTensor_[h] + 2]);
    auto gammaGradient = segment(gradients_, tensors_[firstTensor_[h] + 2]);
    auto betaGradient = segment(gradients_, tensors_[firstTensor_[h] + 3]);
    betaGradient = gradient.rowwise().sum();
    gammaGradient = gradient.cwiseProduct(normalized).rowwise().sum();
    const auto batch = static_cast<Scalar>(gradient.cols());
    gradient *= batch;
    gradient.array() -= normalized.array().colwise() * gammaGradient.array();
    gradient.colwise() -= betaGradient;
    const Vector<Scalar> scale = gamma.cwiseProduct(inverseStd_[h]) / batch;
    gradient.array().colwise() *= scale.array();
}

template void DenseNetwork<float>::normalize(Eigen::Index, Matrix<float> &, ForwardMode);
template void DenseNetwork<double>::normalize(Eigen::Index, Matrix<double> &, ForwardMode);
template void DenseNetwork<float>::normalizeBackward(Eigen::Index, Matrix<float> &);
template void DenseNetwork<double>::normalizeBackward(Eigen::Index, Matrix<double> &);

} // namespace kobai
