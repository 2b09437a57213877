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
    // Whole-matrix passes rather than one column at a time: with 2 or 10 classes a
    // column is too short for the vector units, the matrix is not.
    Matrix<Scalar> &work = gradient ? *gradient : work_;
    top_ = output.colwise().maxCoeff(); // shift for a stable log-sum-exp
    work = output;
    work.rowwise() -= top_;
    work.array() = work.array().exp();
    sumExp_ = work.colwise().sum(); // then log on a contiguous row: vector lanes again
    logSumExp_ = top_.array() + sumExp_.array().log();
    double total = 0.0;
    for (Eigen::Index j = 0; j < batch; ++j)
        total += static_cast<double>(logSumExp_(j) - output(targets.labels[static_cast<std::size_t>(j)], j));
    if (gradient) {
        // softmax = exp(z − max) / Σ exp(z − max), from the exponentials already taken
        work.array().rowwise() /= sumExp_.array();
        for (Eigen::Index j = 0; j < batch; ++j)
            work(targets.labels[static_cast<std::size_t>(j)], j) -= Scalar(1);
        work /= static_cast<Scalar>(batch);
    }
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
