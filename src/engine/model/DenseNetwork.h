#pragma once
// A stack of affine layers zₗ = Wₗ·aₗ₋₁ + bₗ with an activation (and inverted
// dropout) between them; the last layer's z is the output (logits or values).
// linear and softmax are the network with no hidden layer. Backpropagation is
// written out by hand on Eigen matrices; samples are columns.
//
// All parameters live in one contiguous buffer, per layer W (out × in,
// column-major) then b, so an optimizer updates everything in one pass; the
// gradient buffer has the same layout.
//
// With batch normalisation (BatchNormSpec) each hidden layer's W, b are followed by its
// γ and β (PyTorch's layerN_bn.weight and .bias), and the layer computes
// act(γ ⊙ (z − μ)/√(σ² + ε) + β) with z = W·a + b: μ, σ² the batch's mean and biased
// variance in training, the running statistics (a second buffer, not trained) in
// evaluation. The normalisation runs on the calling thread after the product, so it
// adds nothing that depends on the thread count.
//
// With more than one thread, the large products are split between a ThreadTeam:
// the first layer's forward by halves of its inputs, the other layers' by batch
// columns, weight gradients by weight columns. The first layer, when its product is
// large, always sums W·x as W[:, first half]·x[first half] + W[:, second half]·x[second
// half], on one thread or two (Eigen's kernels are no slower for it), and every other
// output element is one sum in one order on whichever thread: a seed gives the same
// numbers whatever the thread count.
//
// Narrow float32 networks (every layer at most 64 wide, as the lesson-sized 2-32-32-2)
// multiply with NarrowProduct instead of Eigen: at 32 × 32 × 32 Eigen's packing costs as
// much as the arithmetic. Its order of summation differs from Eigen's for some shapes
// (NarrowProduct.h), so such runs differ from earlier versions in the last bits.
//
// Why halves of the inputs: with the image gather and the weight gradient split the
// same way, and the optimizer step split by the same parameters (TeamOptimizer), each
// core keeps reading and writing the same half of W₁, its gradient and the batch; only
// the two partial sums and δ (100 × 100 each for Fashion-MNIST) cross between the
// cores. Split by batch columns, all of W₁ crossed every mini-batch.
#include "core/EigenTypes.h"
#include "core/Random.h"
#include "core/ThreadTeam.h"
#include "model/ModelSpec.h"

#include <optional>
#include <string>
#include <vector>

namespace kobai {

/// Where one tensor sits in the parameter buffer.
struct TensorInfo {
    std::string name; ///< as the exported script's nn.Sequential calls it, e.g. "layer1.weight"
    Eigen::Index offset = 0;
    Eigen::Index rows = 0;
    Eigen::Index cols = 1;
    bool isWeight = false; ///< affine weights take penalties; biases, γ and β do not
    Eigen::Index size() const { return rows * cols; }
};

enum class ForwardMode {
    Evaluate,        ///< dropout off; batch norm with the running statistics
    Train,           ///< fresh dropout masks; batch norm with the batch's statistics, which update the running ones
    TrainSameMasks,  ///< the previous pass's masks, running statistics untouched (gradient checks)
    Inspect,         ///< dropout off, batch norm as in training, running statistics untouched (layer statistics)
};

template <typename Scalar>
class DenseNetwork {
public:
    /// layerSizes = {inputs, hidden…, outputs}; the team (optional, outliving the
    /// network) shares out the large products.
    DenseNetwork(std::vector<Eigen::Index> layerSizes, Activation activation, double dropout,
                 ThreadTeam *team = nullptr, std::optional<BatchNormSpec> batchNorm = std::nullopt);

    void initialize(InitScheme scheme, double normalStd, Random &random);

    /// Runs the batch (inputs × B) through the network; the input must outlive backward().
    /// Throws std::invalid_argument for a batch of one sample in a training mode with
    /// batch normalisation (its variance is 0, as PyTorch refuses it).
    const Matrix<Scalar> &forward(const Matrix<Scalar> &input, ForwardMode mode, Random *dropoutRandom);
    /// From ∂L/∂output of the last forward pass, writes ∂L/∂parameters into gradients().
    void backward(const Matrix<Scalar> &outputGradient);

    Vector<Scalar> &parameters() { return parameters_; }
    const Vector<Scalar> &parameters() const { return parameters_; }
    Vector<Scalar> &gradients() { return gradients_; }
    /// Forward and backward passes read their weights from `weights` (of parameters()'
    /// size, outliving the passes) instead of parameters(): a data-parallel worker's
    /// replica reads the shared weights without copying them. nullptr: its own again.
    void readWeightsFrom(const Vector<Scalar> *weights) { sharedWeights_ = weights; }
    const std::vector<TensorInfo> &tensors() const { return tensors_; }
    Eigen::Index layerCount() const { return static_cast<Eigen::Index>(layerSizes_.size()) - 1; }
    Activation activation() const { return activation_; }
    /// act(·) of hidden layer h (0-based) in the last forward pass, before dropout.
    const Matrix<Scalar> &hiddenActivation(Eigen::Index h) const { return activated_[static_cast<std::size_t>(h)]; }
    /// The tensor of layer l's weight W (0-based).
    const TensorInfo &weightTensor(Eigen::Index layer) const
    {
        return tensors_[firstTensor_[static_cast<std::size_t>(layer)]];
    }

    /// Batch norm's running means and variances, per hidden layer (PyTorch's buffers
    /// layerN_bn.running_mean, .running_var); empty without batch norm.
    Vector<Scalar> &runningStatistics() { return running_; }
    const Vector<Scalar> &runningStatistics() const { return running_; }
    const std::vector<TensorInfo> &runningTensors() const { return runningTensors_; }

private:
    using MatrixMap = Eigen::Map<Matrix<Scalar>>;
    using VectorMap = Eigen::Map<Vector<Scalar>>;
    using ConstMatrixMap = Eigen::Map<const Matrix<Scalar>>;
    using ConstVectorMap = Eigen::Map<const Vector<Scalar>>;

    MatrixMap weight(Vector<Scalar> &buffer, Eigen::Index layer);
    ConstMatrixMap weight(const Vector<Scalar> &buffer, Eigen::Index layer) const;
    VectorMap bias(Vector<Scalar> &buffer, Eigen::Index layer);
    ConstVectorMap bias(const Vector<Scalar> &buffer, Eigen::Index layer) const;
    /// A tensor's values in buffer (parameters, gradients or running statistics).
    static VectorMap segment(Vector<Scalar> &buffer, const TensorInfo &tensor);
    static ConstVectorMap segment(const Vector<Scalar> &buffer, const TensorInfo &tensor);
    /// The weights the passes read: parameters(), or a data-parallel run's shared ones.
    const Vector<Scalar> &weights() const { return sharedWeights_ ? *sharedWeights_ : parameters_; }
    /// z ← γ ⊙ (z − μ)/√(σ² + ε) + β for hidden layer l, with the batch's or the running statistics.
    void normalize(Eigen::Index layer, Matrix<Scalar> &z, ForwardMode mode);
    /// From ∂L/∂(batch norm's output) of hidden layer l, writes ∂L/∂γ, ∂L/∂β and turns
    /// gradient into ∂L/∂z.
    void normalizeBackward(Eigen::Index layer, Matrix<Scalar> &gradient);
    /// The input of layer l: the batch for l = 0, else the hidden activation after dropout.
    const Matrix<Scalar> &layerInput(Eigen::Index layer) const;
    void applyActivation(Eigen::Ref<Matrix<Scalar>> values) const;
    /// gradient ⊙ act′, with act′ computed from the activation's output.
    void multiplyByDerivative(Matrix<Scalar> &gradient, const Matrix<Scalar> &activated) const;
    /// z = act(W·input + b) for layer l (no activation on the last).
    void affineForward(Eigen::Index layer, const Matrix<Scalar> &input, Matrix<Scalar> &z);
    /// z = W·input as the sum of the products over the first and second halves of the inputs.
    void productByInputHalves(Eigen::Index layer, const Matrix<Scalar> &input, Matrix<Scalar> &z);
    /// z ← act(z + b) in place for layer l (no activation on the last).
    void addBiasAndActivate(Eigen::Index layer, Eigen::Ref<Matrix<Scalar>> z);
    /// ∂L/∂W = δ·inputᵀ for layer l, split by weight columns.
    void weightGradient(Eigen::Index layer);
    /// ∂L/∂(layer l's input) = Wᵀ·δ into deltaBelow_; true when it has also applied the
    /// derivative of the activation below (ReLU without dropout, narrow layers).
    bool inputGradient(Eigen::Index layer);
    /// Whether NarrowProduct takes a product of this depth: never one that is split or
    /// summed by halves, so the choice does not depend on the thread count.
    bool narrow(Eigen::Index depth, Eigen::Index multiplyAdds) const;
    /// Whether a product of this many multiply-adds is worth sharing out.
    bool worthSplitting(Eigen::Index multiplyAdds) const;

    std::vector<Eigen::Index> layerSizes_;
    Activation activation_;
    double dropout_;
    std::optional<BatchNormSpec> batchNorm_;
    /// float32 and every layer at most NarrowProduct::maxRows wide (a lesson-sized net):
    /// products go through NarrowProduct. float64 and wider nets keep Eigen's kernels and
    /// their summation order (Fashion-MNIST runs stay as they were, to the bit).
    bool narrowLayers_;
    std::vector<TensorInfo> tensors_;
    std::vector<std::size_t> firstTensor_; ///< per layer, W's index in tensors_ (b, γ, β follow)
    Vector<Scalar> parameters_;
    Vector<Scalar> gradients_;
    const Vector<Scalar> *sharedWeights_ = nullptr; ///< see readWeightsFrom()
    std::vector<TensorInfo> runningTensors_; ///< per hidden layer: running mean, running variance
    Vector<Scalar> running_;

    // Workspace of the last forward pass, reused between batches.
    const Matrix<Scalar> *input_ = nullptr;
    std::vector<Matrix<Scalar>> activated_; ///< act(zₗ) per hidden layer
    std::vector<Matrix<Scalar>> dropped_;   ///< act(zₗ) ⊙ mask per hidden layer
    std::vector<Matrix<Scalar>> masks_;     ///< 0 or 1/(1 − p) per hidden unit
    std::vector<Matrix<Scalar>> normalized_; ///< batch norm's (z − μ)/√(σ² + ε) per hidden layer
    std::vector<Vector<Scalar>> inverseStd_; ///< batch norm's 1/√(σ² + ε) per hidden layer
    bool dropoutActive_ = false;
    Matrix<Scalar> secondHalfSum_; ///< the first layer's product over its second half of inputs
    Matrix<Scalar> output_;
    Matrix<Scalar> delta_;
    Matrix<Scalar> deltaBelow_;
    Matrix<Scalar> transposedWeight_; ///< Wᵀ of the layer being backpropagated (narrow layers)

    ThreadTeam *team_;
};

} // namespace kobai
