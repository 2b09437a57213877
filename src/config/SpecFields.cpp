#include "SpecFields.h"

namespace kobai::config {

namespace {

// Learning rates: the accepted range of every optimizer.
const Range learningRate = Range::above(0).upTo(1000);
const Range nonNegative = Range::atLeast(0);
const Range positive = Range::above(0);
const Range fraction = Range::above(0).upTo(1, false);
const Range beta = Range::atLeast(0).upTo(1, false);
const Range sampleCount = Range::integerAtLeast(4).upTo(10'000'000);

} // namespace

std::span<const Field<SplitOptions>> fieldsOf(const SplitOptions &)
{
    static const Field<SplitOptions> fields[] = {
        {"val_fraction", &SplitOptions::val_fraction, fraction},
        {"test_fraction", &SplitOptions::test_fraction, Range::atLeast(0).upTo(1, false)},
        {"standardize", &SplitOptions::standardize},
    };
    return fields;
}

std::span<const Field<LinearDataOptions>> fieldsOf(const LinearDataOptions &)
{
    static const Field<LinearDataOptions> fields[] = {
        {"n", &LinearDataOptions::n, sampleCount},
        {"noise", &LinearDataOptions::noise, nonNegative},
        {"slope", &LinearDataOptions::slope, Range::any()},
        {"intercept", &LinearDataOptions::intercept, Range::any()},
    };
    return fields;
}

std::span<const Field<SineDataOptions>> fieldsOf(const SineDataOptions &)
{
    static const Field<SineDataOptions> fields[] = {
        {"n", &SineDataOptions::n, sampleCount},
        {"noise", &SineDataOptions::noise, nonNegative},
        {"degree", &SineDataOptions::degree, Range::integerBetween(1, 20)},
    };
    return fields;
}

std::span<const Field<MoonsDataOptions>> fieldsOf(const MoonsDataOptions &)
{
    static const Field<MoonsDataOptions> fields[] = {
        {"n", &MoonsDataOptions::n, sampleCount},
        {"noise", &MoonsDataOptions::noise, nonNegative},
    };
    return fields;
}

std::span<const Field<SpiralsDataOptions>> fieldsOf(const SpiralsDataOptions &)
{
    static const Field<SpiralsDataOptions> fields[] = {
        {"n", &SpiralsDataOptions::n, sampleCount},
        {"noise", &SpiralsDataOptions::noise, nonNegative},
        {"classes", &SpiralsDataOptions::classes, Range::integerBetween(2, 10)},
    };
    return fields;
}

std::span<const Field<BlobsDataOptions>> fieldsOf(const BlobsDataOptions &)
{
    static const Field<BlobsDataOptions> fields[] = {
        {"n", &BlobsDataOptions::n, sampleCount},
        {"centers", &BlobsDataOptions::centers, Range::integerBetween(2, 20)},
        {"std", &BlobsDataOptions::std, positive},
    };
    return fields;
}

std::span<const Field<FashionMnistOptions>> fieldsOf(const FashionMnistOptions &)
{
    static const Field<FashionMnistOptions> fields[] = {
        {"path", &FashionMnistOptions::path},
        {"val_size", &FashionMnistOptions::val_size, Range::integerBetween(1, 60000)},
        {"train_size", &FashionMnistOptions::train_size, Range::integerBetween(1, 60000)},
        {"test_size", &FashionMnistOptions::test_size, Range::integerBetween(0, 10000)},
    };
    return fields;
}

std::span<const Field<SgdOptions>> fieldsOf(const SgdOptions &)
{
    static const Field<SgdOptions> fields[] = {
        {"lr", &SgdOptions::lr, learningRate},
        {"momentum", &SgdOptions::momentum, nonNegative},
        {"dampening", &SgdOptions::dampening, Range::any()},
        {"nesterov", &SgdOptions::nesterov},
        {"weight_decay", &SgdOptions::weight_decay, nonNegative},
    };
    return fields;
}

std::span<const Field<AdagradOptions>> fieldsOf(const AdagradOptions &)
{
    static const Field<AdagradOptions> fields[] = {
        {"lr", &AdagradOptions::lr, learningRate},
        {"lr_decay", &AdagradOptions::lr_decay, nonNegative},
        {"weight_decay", &AdagradOptions::weight_decay, nonNegative},
        {"initial_accumulator_value", &AdagradOptions::initial_accumulator_value, nonNegative},
        {"eps", &AdagradOptions::eps, nonNegative},
    };
    return fields;
}

std::span<const Field<RmspropOptions>> fieldsOf(const RmspropOptions &)
{
    static const Field<RmspropOptions> fields[] = {
        {"lr", &RmspropOptions::lr, learningRate},
        {"alpha", &RmspropOptions::alpha, nonNegative},
        {"eps", &RmspropOptions::eps, nonNegative},
        {"weight_decay", &RmspropOptions::weight_decay, nonNegative},
        {"momentum", &RmspropOptions::momentum, nonNegative},
        {"centered", &RmspropOptions::centered},
    };
    return fields;
}

std::span<const Field<AdadeltaOptions>> fieldsOf(const AdadeltaOptions &)
{
    static const Field<AdadeltaOptions> fields[] = {
        {"lr", &AdadeltaOptions::lr, learningRate},
        {"rho", &AdadeltaOptions::rho, Range::atLeast(0).upTo(1)},
        {"eps", &AdadeltaOptions::eps, nonNegative},
        {"weight_decay", &AdadeltaOptions::weight_decay, nonNegative},
    };
    return fields;
}

std::span<const Field<AdamOptions>> fieldsOf(const AdamOptions &)
{
    static const Field<AdamOptions> fields[] = {
        {"lr", &AdamOptions::lr, learningRate},
        {"betas", &AdamOptions::betas, beta},
        {"eps", &AdamOptions::eps, nonNegative},
        {"weight_decay", &AdamOptions::weight_decay, nonNegative},
        {"amsgrad", &AdamOptions::amsgrad},
    };
    return fields;
}

std::span<const Field<AdamWOptions>> fieldsOf(const AdamWOptions &)
{
    static const Field<AdamWOptions> fields[] = {
        {"lr", &AdamWOptions::lr, learningRate},
        {"betas", &AdamWOptions::betas, beta},
        {"eps", &AdamWOptions::eps, nonNegative},
        {"weight_decay", &AdamWOptions::weight_decay, nonNegative},
        {"amsgrad", &AdamWOptions::amsgrad},
    };
    return fields;
}

std::span<const Field<TextbookSgdOptions>> fieldsOf(const TextbookSgdOptions &)
{
    static const Field<TextbookSgdOptions> fields[] = {{"lr", &TextbookSgdOptions::lr, learningRate}};
    return fields;
}

std::span<const Field<TextbookMomentumOptions>> fieldsOf(const TextbookMomentumOptions &)
{
    static const Field<TextbookMomentumOptions> fields[] = {
        {"lr", &TextbookMomentumOptions::lr, learningRate},
        {"momentum", &TextbookMomentumOptions::momentum, beta},
    };
    return fields;
}

std::span<const Field<TextbookNesterovOptions>> fieldsOf(const TextbookNesterovOptions &)
{
    static const Field<TextbookNesterovOptions> fields[] = {
        {"lr", &TextbookNesterovOptions::lr, learningRate},
        {"momentum", &TextbookNesterovOptions::momentum, beta},
    };
    return fields;
}

std::span<const Field<TextbookAdagradOptions>> fieldsOf(const TextbookAdagradOptions &)
{
    static const Field<TextbookAdagradOptions> fields[] = {{"lr", &TextbookAdagradOptions::lr, learningRate}};
    return fields;
}

std::span<const Field<TextbookRmspropOptions>> fieldsOf(const TextbookRmspropOptions &)
{
    static const Field<TextbookRmspropOptions> fields[] = {
        {"lr", &TextbookRmspropOptions::lr, learningRate},
        {"decay_rate", &TextbookRmspropOptions::decay_rate, Range::atLeast(0).upTo(1)},
    };
    return fields;
}

std::span<const Field<TextbookAdamOptions>> fieldsOf(const TextbookAdamOptions &)
{
    static const Field<TextbookAdamOptions> fields[] = {
        {"lr", &TextbookAdamOptions::lr, learningRate},
        {"beta1", &TextbookAdamOptions::beta1, beta},
        {"beta2", &TextbookAdamOptions::beta2, beta},
    };
    return fields;
}

const QStringList &modelNames()
{
    static const QStringList names{"linear", "softmax", "mlp"};
    return names;
}

const QStringList &activationNames()
{
    static const QStringList names{"relu", "sigmoid", "tanh"};
    return names;
}

const QStringList &initNames()
{
    static const QStringList names{"he", "xavier", "normal", "pytorch"};
    return names;
}

const QStringList &dtypeNames()
{
    static const QStringList names{"float64", "float32"};
    return names;
}

bool isRegressionDataset(const DatasetSpec &dataset)
{
    return std::holds_alternative<LinearDataOptions>(dataset) || std::holds_alternative<SineDataOptions>(dataset);
}

const QStringList &datasetNames()
{
    static const QStringList names{"linear", "sine", "moons", "spirals", "blobs", "fashion-mnist"};
    return names;
}

const QStringList &pytorchOptimizerNames()
{
    static const QStringList names{"SGD", "Adagrad", "RMSprop", "Adadelta", "Adam", "AdamW"};
    return names;
}

const QStringList &textbookOptimizerNames()
{
    static const QStringList names{"SGD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam"};
    return names;
}

std::uint64_t readSeed(ObjectReader &reader)
{
    double seed = 0;
    reader.read("seed", seed, Range::integerBetween(0, 9007199254740992.0));
    return static_cast<std::uint64_t>(seed);
}

} // namespace kobai::config
