#pragma once
// What a learner can ask for: one options struct per update rule, each field's
// default defined here once. Argument names are PyTorch 1.13's (torch.optim), so
// what a learner knows transfers; the textbook variants follow
// ゼロから作るDeep Learning, ch. 6 (common/optimizer.py).
#include <array>
#include <variant>

namespace kobai {

// ---- PyTorch 1.13 semantics -------------------------------------------------

/// torch.optim.SGD. PyTorch has no default lr; Kōbai's is 0.01.
struct SgdOptions {
    double lr = 0.01;
    double momentum = 0.0;
    double dampening = 0.0;
    bool nesterov = false;
    double weight_decay = 0.0;
};

struct AdagradOptions {
    double lr = 0.01;
    double lr_decay = 0.0;
    double weight_decay = 0.0;
    double initial_accumulator_value = 0.0;
    double eps = 1e-10;
};

struct RmspropOptions {
    double lr = 0.01;
    double alpha = 0.99;
    double eps = 1e-8;
    double weight_decay = 0.0;
    double momentum = 0.0;
    bool centered = false;
};

struct AdadeltaOptions {
    double lr = 1.0;
    double rho = 0.9;
    double eps = 1e-6;
    double weight_decay = 0.0;
};

struct AdamOptions {
    double lr = 0.001;
    std::array<double, 2> betas{0.9, 0.999};
    double eps = 1e-8;
    double weight_decay = 0.0;
    bool amsgrad = false;
};

/// As Adam, with decoupled weight decay p ← p·(1 − lr·wd) applied first.
struct AdamWOptions {
    double lr = 0.001;
    std::array<double, 2> betas{0.9, 0.999};
    double eps = 1e-8;
    double weight_decay = 0.01;
    bool amsgrad = false;
};

// ---- Textbook variants ("variant": "textbook"), ε = 1e-7 ---------------------

struct TextbookSgdOptions {
    double lr = 0.01;
};

struct TextbookMomentumOptions {
    double lr = 0.01;
    double momentum = 0.9;
};

struct TextbookNesterovOptions {
    double lr = 0.01;
    double momentum = 0.9;
};

struct TextbookAdagradOptions {
    double lr = 0.01;
};

struct TextbookRmspropOptions {
    double lr = 0.01;
    double decay_rate = 0.99;
};

struct TextbookAdamOptions {
    double lr = 0.001;
    double beta1 = 0.9;
    double beta2 = 0.999;
};

using OptimizerSpec = std::variant<SgdOptions, AdagradOptions, RmspropOptions, AdadeltaOptions,
                                   AdamOptions, AdamWOptions, TextbookSgdOptions,
                                   TextbookMomentumOptions, TextbookNesterovOptions,
                                   TextbookAdagradOptions, TextbookRmspropOptions,
                                   TextbookAdamOptions>;

/// The base learning rate of any optimizer spec.
inline double baseLearningRate(const OptimizerSpec &spec)
{
    return std::visit([](const auto &options) { return options.lr; }, spec);
}

} // namespace kobai
