#include "SpecFields.h"

namespace kobai::config {

namespace {

const Range nonNegative = Range::atLeast(0);
const Range positive = Range::above(0);
const Range fraction = Range::above(0).upTo(1, false);
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

const QStringList &variantNames()
{
    static const QStringList names{"pytorch", "textbook"};
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

QStringList optimizerNames(RuleVariant variant)
{
    QStringList names;
    for (const std::string &name : ruleNames(variant))
        names << QString::fromStdString(name);
    return names;
}

std::uint64_t readSeed(ObjectReader &reader)
{
    double seed = 0;
    reader.read("seed", seed, Range::integerBetween(0, 9007199254740992.0));
    return static_cast<std::uint64_t>(seed);
}

} // namespace kobai::config
