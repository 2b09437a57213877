#include "model/DenseNetwork.h"

#include "model/NarrowProduct.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <type_traits>

namespace kobai {

namespace {

/// Products smaller than this many multiply-adds stay on one thread: waking a helper
/// and waiting for it costs a few microseconds, more than a lesson-sized product
/// (32 × 32 × 32) takes. The Fashion-MNIST first layer is 100 × 784 × 100.
constexpr Eigen::Index splitThreshold = Eigen::Index{1} << 20;

} // namespace

template <typename Scalar>
DenseNetwork<Scalar>::DenseNetwork(std::vector<Eigen::Index> layerSizes, Activation activation, double dropout,
                                   ThreadTeam *team, std::optional<BatchNormSpec> batchNorm)
    : layerSizes_(std::move(layerSizes)), activation_(activation), dropout_(dropout), batchNorm_(batchNorm),
      narrowLayers_(std::is_same_v<Scalar, float> &&
                    *std::max_element(layerSizes_.begin(), layerSizes_.end()) <= NarrowProduct::maxRows),
      team_(team)
{
    Eigen::Index offset = 0;
    Eigen::Index runningOffset = 0;
    for (Eigen::Index l = 0; l < layerCount(); ++l) {
        const Eigen::Index in = layerSizes_[static_cast<std::size_t>(l)];
        const Eigen::Index out = layerSizes_[static_cast<std::size_t>(l) + 1];
        const std::string prefix = "layer" + std::to_string(l + 1);
        firstTensor_.push_back(tensors_.size());
        tensors_.push_back({prefix + ".weight", offset, out, in, true});
        offset += out * in;
        tensors_.push_back({prefix + ".bias", offset, out, 1, false});
        offset += out;
        if (!batchNorm_ || l == layerCount() - 1)
            continue;
        // model.parameters() order: the Linear's, then its BatchNorm1d's.
        tensors_.push_back({prefix + "_bn.weight", offset, out, 1, false});
        tensors_.push_back({prefix + "_bn.bias", offset + out, out, 1, false});
        offset += 2 * out;
        runningTensors_.push_back({prefix + "_bn.running_mean", runningOffset, out, 1, false});
        runningTensors_.push_back({prefix + "_bn.running_var", runningOffset + out, out, 1, false});
        runningOffset += 2 * out;
    }
    parameters_ = Vector<Scalar>::Zero(offset);
    gradients_ = Vector<Scalar>::Zero(offset);
    running_ = Vector<Scalar>::Zero(runningOffset);
    const auto hiddenLayers = static_cast<std::size_t>(layerCount() - 1);
    activated_.resize(hiddenLayers);
    dropped_.resize(hiddenLayers);
    masks_.resize(hiddenLayers);
    if (batchNorm_) {
        normalized_.resize(hiddenLayers);
        inverseStd_.resize(hiddenLayers);
    }
}

template <typename Scalar>
typename DenseNetwork<Scalar>::MatrixMap DenseNetwork<Scalar>::weight(Vector<Scalar> &buffer, Eigen::Index layer)
{
    const TensorInfo &t = weightTensor(layer);
    return MatrixMap(buffer.data() + t.offset, t.rows, t.cols);
}

template <typename Scalar>
typename DenseNetwork<Scalar>::ConstMatrixMap DenseNetwork<Scalar>::weight(const Vector<Scalar> &buffer,
                                                                          Eigen::Index layer) const
{
    const TensorInfo &t = weightTensor(layer);
    return ConstMatrixMap(buffer.data() + t.offset, t.rows, t.cols);
}

template <typename Scalar>
typename DenseNetwork<Scalar>::ConstVectorMap DenseNetwork<Scalar>::bias(const Vector<Scalar> &buffer,
                                                                        Eigen::Index layer) const
{
    return segment(buffer, tensors_[firstTensor_[static_cast<std::size_t>(layer)] + 1]);
}

template <typename Scalar>
typename DenseNetwork<Scalar>::ConstVectorMap DenseNetwork<Scalar>::segment(const Vector<Scalar> &buffer,
                                                                           const TensorInfo &tensor)
{
    return ConstVectorMap(buffer.data() + tensor.offset, tensor.size());
}

template <typename Scalar>
typename DenseNetwork<Scalar>::VectorMap DenseNetwork<Scalar>::bias(Vector<Scalar> &buffer, Eigen::Index layer)
{
    return segment(buffer, tensors_[firstTensor_[static_cast<std::size_t>(layer)] + 1]);
}

template <typename Scalar>
typename DenseNetwork<Scalar>::VectorMap DenseNetwork<Scalar>::segment(Vector<Scalar> &buffer,
                                                                        const TensorInfo &tensor)
{
    return VectorMap(buffer.data() + tensor.offset, tensor.size());
}

template <typename Scalar>
void DenseNetwork<Scalar>::initialize(InitScheme scheme, double normalStd, Random &random)
{
    parameters_.setZero();
    for (Eigen::Index l = 0; l < layerCount(); ++l) {
        const auto fanIn = static_cast<double>(layerSizes_[static_cast<std::size_t>(l)]);
        if (scheme == InitScheme::PyTorch) {
            // torch.nn.Linear.reset_parameters: kaiming_uniform_(a=√5) on W gives the
            // bound √(6 / ((1 + a²)·fan_in)) = 1/√fan_in, and the bias shares it.
            const double bound = 1.0 / std::sqrt(fanIn);
            auto w = weight(parameters_, l);
            for (Eigen::Index j = 0; j < w.cols(); ++j)
                for (Eigen::Index i = 0; i < w.rows(); ++i)
                    w(i, j) = static_cast<Scalar>(random.uniform(-bound, bound));
            auto b = bias(parameters_, l);
            for (Eigen::Index i = 0; i < b.size(); ++i)
                b(i) = static_cast<Scalar>(random.uniform(-bound, bound));
            continue;
        }
        double std = normalStd;
        if (scheme == InitScheme::He)
            std = std::sqrt(2.0 / fanIn);
        else if (scheme == InitScheme::Xavier)
            std = std::sqrt(1.0 / fanIn);
        auto w = weight(parameters_, l);
        for (Eigen::Index j = 0; j < w.cols(); ++j)
            for (Eigen::Index i = 0; i < w.rows(); ++i)
                w(i, j) = static_cast<Scalar>(std * random.normal());
    }
    // BatchNorm1d.reset_parameters / reset_running_stats: γ = 1, β = 0, mean 0, variance 1.
    for (std::size_t h = 0; h < runningTensors_.size() / 2; ++h) {
        segment(parameters_, tensors_[firstTensor_[h] + 2]).setOnes();
        segment(running_, runningTensors_[2 * h]).setZero();
        segment(running_, runningTensors_[2 * h + 1]).setOnes();
    }
}

template <typename Scalar>
const Matrix<Scalar> &DenseNetwork<Scalar>::layerInput(Eigen::Index layer) const
{
    if (layer == 0)
        return *input_;
    const auto hidden = static_cast<std::size_t>(layer - 1);
    return dropoutActive_ ? dropped_[hidden] : activated_[hidden];
}

template <typename Scalar>
void DenseNetwork<Scalar>::applyActivation(Eigen::Ref<Matrix<Scalar>> values) const
{
    switch (activation_) {
    case Activation::Relu:
        values = values.cwiseMax(Scalar(0));
        break;
    case Activation::Sigmoid:
        values = (Scalar(1) + (-values.array()).exp()).inverse().matrix();
        break;
    case Activation::Tanh:
        values = values.array().tanh().matrix();
        break;
    }
}

template <typename Scalar>
void DenseNetwork<Scalar>::multiplyByDerivative(Matrix<Scalar> &gradient, const Matrix<Scalar> &activated) const
{
    switch (activation_) {
    case Activation::Relu:
        gradient = (activated.array() > Scalar(0)).select(gradient, Scalar(0));
        break;
    case Activation::Sigmoid:
        gradient.array() *= activated.array() * (Scalar(1) - activated.array());
        break;
    case Activation::Tanh:
        gradient.array() *= Scalar(1) - activated.array().square();
        break;
    }
}

template <typename Scalar>
bool DenseNetwork<Scalar>::narrow(Eigen::Index depth, Eigen::Index multiplyAdds) const
{
    return narrowLayers_ && depth <= NarrowProduct::maxDepth && multiplyAdds < splitThreshold;
}

template <typename Scalar>
bool DenseNetwork<Scalar>::worthSplitting(Eigen::Index multiplyAdds) const
{
    return team_ && team_->size() > 1 && multiplyAdds >= splitThreshold;
}

template <typename Scalar>
void DenseNetwork<Scalar>::addBiasAndActivate(Eigen::Index layer, Eigen::Ref<Matrix<Scalar>> z)
{
    const auto b = bias(weights(), layer);
    const bool activate = layer < layerCount() - 1 && !batchNorm_; // batch norm comes before act
    if (activate && activation_ == Activation::Relu) {
        z = (z.colwise() + b).cwiseMax(Scalar(0)); // bias and ReLU in one pass over z
        return;
    }
    z.colwise() += b;
    if (activate)
        applyActivation(z);
}

template <typename Scalar>
void DenseNetwork<Scalar>::productByInputHalves(Eigen::Index layer, const Matrix<Scalar> &input, Matrix<Scalar> &z)
{
    const auto w = weight(weights(), layer);
    constexpr int halves = 2;
    auto half = [&](int index) {
        const auto [first, count] = ThreadTeam::share(input.rows(), index, halves, featureAlign);
        Matrix<Scalar> &sum = index == 0 ? z : secondHalfSum_;
        sum.noalias() = w.middleCols(first, count) * input.middleRows(first, count);
    };
    if (team_ && team_->size() > 1) {
        team_->run([&](int part) {
            for (int index = part; index < halves; index += team_->size())
                half(index);
        });
    } else {
        half(0);
        half(1);
    }
    z += secondHalfSum_;
}

template <typename Scalar>
void DenseNetwork<Scalar>::affineForward(Eigen::Index layer, const Matrix<Scalar> &input, Matrix<Scalar> &z)
{
    const auto w = weight(weights(), layer);
    const Eigen::Index multiplyAdds = w.size() * input.cols();
    z.resize(w.rows(), input.cols());
    if constexpr (std::is_same_v<Scalar, float>) {
        if (narrow(w.cols(), multiplyAdds)) {
            const bool activate = layer < layerCount() - 1 && !batchNorm_; // batch norm comes before act
            const bool relu = activate && activation_ == Activation::Relu;
            NarrowProduct::multiply({w.data(), w.rows(), w.cols()}, {input.data(), 1, input.rows(), input.cols()},
                                    z.data(), {bias(weights(), layer).data(), relu});
            if (activate && !relu)
                applyActivation(z);
            return;
        }
    }
    if (layer == 0 && input.rows() >= 2 * featureAlign && multiplyAdds >= splitThreshold) {
        productByInputHalves(layer, input, z);
        addBiasAndActivate(layer, z);
        return;
    }
    auto columns = [&](Eigen::Index first, Eigen::Index count) {
        auto block = z.middleCols(first, count);
        block.noalias() = w * input.middleCols(first, count);
        addBiasAndActivate(layer, block);
    };
    if (!worthSplitting(multiplyAdds)) {
        columns(0, input.cols());
        return;
    }
    team_->run([&](int part) {
        const auto [first, count] = team_->share(input.cols(), part, 4);
        columns(first, count);
    });
}

template <typename Scalar>
void DenseNetwork<Scalar>::weightGradient(Eigen::Index layer)
{
    auto gradient = weight(gradients_, layer);
    const Matrix<Scalar> &input = layerInput(layer);
    if constexpr (std::is_same_v<Scalar, float>) {
        if (narrow(delta_.cols(), gradient.size() * delta_.cols())) {
            NarrowProduct::multiply({delta_.data(), delta_.rows(), delta_.cols()},
                                    {input.data(), input.rows(), 1, input.rows()}, gradient.data(), {});
            return;
        }
    }
    if (!worthSplitting(gradient.size() * delta_.cols())) {
        gradient.noalias() = delta_ * input.transpose();
        return;
    }
    team_->run([&](int part) {
        const auto [first, count] = team_->share(gradient.cols(), part, featureAlign);
        gradient.middleCols(first, count).noalias() = delta_ * input.middleRows(first, count).transpose();
    });
}

template <typename Scalar>
bool DenseNetwork<Scalar>::inputGradient(Eigen::Index layer)
{
    const auto w = weight(weights(), layer);
    if constexpr (std::is_same_v<Scalar, float>) {
        if (narrow(w.rows(), w.size() * delta_.cols())) {
            transposedWeight_.resize(w.cols(), w.rows()); // NarrowProduct reads L by columns: Wᵀ's are W's rows
            NarrowProduct::transpose(w.data(), w.rows(), w.cols(), transposedWeight_.data());
            deltaBelow_.resize(w.cols(), delta_.cols());
            // Without dropout, ReLU's derivative is applied as the product is stored.
            const bool gated = activation_ == Activation::Relu && !dropoutActive_;
            const float *gate = gated ? activated_[static_cast<std::size_t>(layer - 1)].data() : nullptr;
            NarrowProduct::multiply({transposedWeight_.data(), w.cols(), w.rows()},
                                    {delta_.data(), 1, delta_.rows(), delta_.cols()}, deltaBelow_.data(),
                                    {nullptr, false, gate});
            return gated;
        }
    }
    deltaBelow_.noalias() = w.transpose() * delta_;
    return false;
}

template <typename Scalar>
const Matrix<Scalar> &DenseNetwork<Scalar>::forward(const Matrix<Scalar> &input, ForwardMode mode,
                                                     Random *dropoutRandom)
{
    input_ = &input;
    dropoutActive_ = (mode == ForwardMode::Train || mode == ForwardMode::TrainSameMasks) && dropout_ > 0.0;
    const Scalar keepScale = static_cast<Scalar>(1.0 / (1.0 - dropout_));
    const Eigen::Index last = layerCount() - 1;
    for (Eigen::Index l = 0; l < layerCount(); ++l) {
        Matrix<Scalar> &z = l == last ? output_ : activated_[static_cast<std::size_t>(l)];
        affineForward(l, layerInput(l), z);
        if (l == last)
            continue;
        if (batchNorm_) {
            normalize(l, z, mode);
            applyActivation(z);
        }
        if (!dropoutActive_)
            continue;
        const auto h = static_cast<std::size_t>(l);
        if (mode == ForwardMode::Train) {
            masks_[h].resize(z.rows(), z.cols());
            for (Eigen::Index k = 0; k < masks_[h].size(); ++k)
                masks_[h](k) = dropoutRandom->uniform01() < dropout_ ? Scalar(0) : keepScale;
        }
        dropped_[h] = z.cwiseProduct(masks_[h]);
    }
    return output_;
}

template <typename Scalar>
void DenseNetwork<Scalar>::backward(const Matrix<Scalar> &outputGradient)
{
    delta_ = outputGradient;
    for (Eigen::Index l = layerCount() - 1; l >= 0; --l) {
        weightGradient(l);
        bias(gradients_, l) = delta_.rowwise().sum();
        if (l == 0)
            break;
        const auto h = static_cast<std::size_t>(l - 1);
        if (!inputGradient(l)) {
            if (dropoutActive_)
                deltaBelow_.array() *= masks_[h].array();
            multiplyByDerivative(deltaBelow_, activated_[h]);
        }
        if (batchNorm_)
            normalizeBackward(l - 1, deltaBelow_);
        delta_.swap(deltaBelow_);
    }
}

template class DenseNetwork<float>;
template class DenseNetwork<double>;

} // namespace kobai
