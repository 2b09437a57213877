#pragma once
// The models an experiment can name, each field's default defined once.
//  linear  — one affine layer, regression with mean squared error
//  softmax — one affine layer, multinomial logistic regression (softmax cross-entropy)
//  mlp     — hidden affine layers with an activation and inverted dropout; the loss
//            follows the dataset (cross-entropy for classes, squared error for values);
//            optionally batch normalisation after each hidden affine layer
#include <optional>
#include <vector>

namespace kobai {

enum class ModelKind { Linear, Softmax, Mlp };
enum class Activation { Relu, Sigmoid, Tanh };

/// Initial weights: he N(0, 2/fan_in), xavier N(0, 1/fan_in) (the textbook's
/// 1/√n), normal N(0, std²), biases at zero; pytorch is nn.Linear's default,
/// weights and biases U(−1/√fan_in, 1/√fan_in) (kaiming_uniform_ with a = √5).
enum class InitScheme { He, Xavier, Normal, PyTorch };

/// PyTorch 1.13 nn.BatchNorm1d after each hidden affine layer, before its activation:
/// training normalises with the batch's mean and biased variance, evaluation with the
/// running mean and unbiased running variance, r ← (1 − momentum)·r + momentum·batch value;
/// γ starts at 1 and β at 0.
struct BatchNormSpec {
    double eps = 1e-5;
    double momentum = 0.1;
};

struct ModelSpec {
    ModelKind kind = ModelKind::Mlp;
    std::vector<int> hidden{32};
    Activation activation = Activation::Relu;
    /// Probability of dropping a hidden unit while training (inverted dropout).
    double dropout = 0.0;
    InitScheme init = InitScheme::He;
    double std = 0.01;
    std::optional<BatchNormSpec> batch_norm; ///< mlp only; none: no normalisation
};

} // namespace kobai
