#pragma once
// Losses as value/gradient pairs over a batch whose samples are columns.
// Both are batch MEANS, as torch.nn's default reduction='mean':
//   MeanSquaredError     L = 1/(B·k) Σᵢ Σⱼ (yⱼᵢ − tⱼᵢ)²       ∂L/∂y = 2(y − t)/(B·k)
//   SoftmaxCrossEntropy  L = −1/B Σᵢ log softmax(zᵢ)[cᵢ]      ∂L/∂z = (softmax(z) − onehot(c))/B
// (k outputs per sample, B samples, cᵢ the class of sample i.)
#include "core/EigenTypes.h"

#include <span>

namespace kobai {

/// Targets of one batch: class labels or regression values, whichever the task has.
template <typename Scalar>
struct BatchTargets {
    std::span<const int> labels;
    const Matrix<Scalar> *values = nullptr;
};

template <typename Scalar>
class Loss {
public:
    virtual ~Loss() = default;
    /// The batch-mean loss of output (k × B); writes ∂L/∂output into gradient when given.
    virtual double evaluate(const Matrix<Scalar> &output, const BatchTargets<Scalar> &targets,
                            Matrix<Scalar> *gradient) const = 0;
};

template <typename Scalar>
class MeanSquaredError final : public Loss<Scalar> {
public:
    double evaluate(const Matrix<Scalar> &output, const BatchTargets<Scalar> &targets,
                    Matrix<Scalar> *gradient) const override;
};

template <typename Scalar>
class SoftmaxCrossEntropy final : public Loss<Scalar> {
public:
    double evaluate(const Matrix<Scalar> &output, const BatchTargets<Scalar> &targets,
                    Matrix<Scalar> *gradient) const override;

private:
    // Workspace reused between batches (no allocation inside the update loop).
    mutable Matrix<Scalar> work_;
    mutable Eigen::Matrix<Scalar, 1, Eigen::Dynamic> top_;
    mutable Eigen::Matrix<Scalar, 1, Eigen::Dynamic> sumExp_;
    mutable Eigen::Matrix<Scalar, 1, Eigen::Dynamic> logSumExp_;
};

/// Samples whose largest output is their label.
template <typename Scalar>
Eigen::Index countCorrect(const Matrix<Scalar> &output, std::span<const int> labels);

} // namespace kobai
