#include "model/Loss.h"

#include <cmath>

namespace kobai {

template <typename Scalar>
double MeanSquaredError<Scalar>::evaluate(const Matrix<Scalar> &output, const BatchTargets<Scalar> &targets,
                                          Matrix<Scalar> *gradient) const
{
    const auto count = static_cast<Scalar>(output.size());
    if (gradient) {
        *gradient = output - *targets.values;
        const double loss = static_cast<double>(gradient->squaredNorm()) / static_cast<double>(count);
        *gradient *= Scalar(2) / count;
        return loss;
    }
    return static_cast<double>((output - *targets.values).squaredNorm()) / static_cast<double>(count);
}

template <typename Scalar>
double SoftmaxCrossEntropy<Scalar>::evaluate(const Matrix<Scalar> &output, const BatchTargets<Scalar> &targets,
                                             Matrix<Scalar> *gradient) const
{
    const Eigen::Index batch = output.cols();
    if (gradient)
        gradient->resize(output.rows(), batch);
    double total = 0.0;
    for (Eigen::Index j = 0; j < batch; ++j) {
        const auto z = output.col(j);
        const Scalar top = z.maxCoeff(); // shift for a stable log-sum-exp
        const Scalar sumExp = (z.array() - top).exp().sum();
        const Scalar logSumExp = top + std::log(sumExp);
        const int label = targets.labels[static_cast<std::size_t>(j)];
        total += static_cast<double>(logSumExp - z(label));
        if (gradient) {
            auto g = gradient->col(j);
            g = (z.array() - logSumExp).exp();
            g(label) -= Scalar(1);
        }
    }
    if (gradient)
        *gradient /= static_cast<Scalar>(batch);
    return total / static_cast<double>(batch);
}

template <typename Scalar>
Eigen::Index countCorrect(const Matrix<Scalar> &output, std::span<const int> labels)
{
    Eigen::Index correct = 0;
    for (Eigen::Index j = 0; j < output.cols(); ++j) {
        Eigen::Index best = 0;
        output.col(j).maxCoeff(&best);
        correct += best == labels[static_cast<std::size_t>(j)];
    }
    return correct;
}

template class MeanSquaredError<float>;
template class MeanSquaredError<double>;
template class SoftmaxCrossEntropy<float>;
template class SoftmaxCrossEntropy<double>;
template Eigen::Index countCorrect<float>(const Matrix<float> &, std::span<const int>);
template Eigen::Index countCorrect<double>(const Matrix<double> &, std::span<const int>);

} // namespace kobai
