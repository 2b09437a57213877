#include "data/DatasetSplit.h"

#include "core/Random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kobai {

namespace {

DataPart takeColumns(const GeneratedSamples &samples, const std::vector<Eigen::Index> &order,
                     std::size_t begin, std::size_t end)
{
    DataPart part;
    const auto count = static_cast<Eigen::Index>(end - begin);
    part.features.resize(samples.features.rows(), count);
    if (samples.task == Task::Regression)
        part.targets.resize(samples.targets.rows(), count);
    for (Eigen::Index j = 0; j < count; ++j) {
        const Eigen::Index source = order[begin + static_cast<std::size_t>(j)];
        part.features.col(j) = samples.features.col(source);
        if (samples.task == Task::Regression)
            part.targets.col(j) = samples.targets.col(source);
        else
            part.labels.push_back(samples.labels[static_cast<std::size_t>(source)]);
    }
    return part;
}

void standardize(Dataset &data)
{
    const Eigen::MatrixXd &train = data.train.features;
    const Eigen::VectorXd mean = train.rowwise().mean();
    Eigen::VectorXd scale = ((train.colwise() - mean).array().square().rowwise().mean()).sqrt();
    for (Eigen::Index i = 0; i < scale.size(); ++i)
        if (!(scale(i) > 0.0))
            scale(i) = 1.0; // a constant feature is centred only
    for (DataPart *part : {&data.train, &data.validation, &data.test})
        if (part->features.cols() > 0)
            part->features = (part->features.colwise() - mean).array().colwise() / scale.array();
}

} // namespace

SplitSizes splitSizes(std::size_t n, const SplitOptions &options)
{
    SplitSizes sizes;
    sizes.validation = static_cast<std::size_t>(std::lround(static_cast<double>(n) * options.val_fraction));
    sizes.test = static_cast<std::size_t>(std::lround(static_cast<double>(n) * options.test_fraction));
    sizes.train = n - std::min(n, sizes.validation + sizes.test);
    return sizes;
}

Dataset splitSamples(const GeneratedSamples &samples, const SplitOptions &options, std::uint64_t seed)
{
    const auto n = static_cast<std::size_t>(samples.features.cols());
    const SplitSizes sizes = splitSizes(n, options);
    const std::size_t nVal = sizes.validation;
    const std::size_t nTest = sizes.test;

    std::vector<Eigen::Index> order(n);
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    Random random(seed, RandomStream::DataSplit);
    random.shuffle(order);

    Dataset data;
    data.task = samples.task;
    data.inputs = samples.features.rows();
    data.outputs = samples.task == Task::Regression ? samples.targets.rows() : samples.classes;
    data.validation = takeColumns(samples, order, 0, nVal);
    data.test = takeColumns(samples, order, nVal, nVal + nTest);
    data.train = takeColumns(samples, order, nVal + nTest, n);
    if (options.standardize)
        standardize(data);
    return data;
}

} // namespace kobai
