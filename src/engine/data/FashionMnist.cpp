#include "data/FashionMnist.h"

#include "core/Random.h"

#include <algorithm>
#include <numeric>
#include <optional>

namespace kobai {

namespace {

void resizePart(DataPart &part, long count)
{
    part.pixels.resize(static_cast<Eigen::Index>(FashionMnistImages::imageBytes), count);
    part.labels.resize(static_cast<std::size_t>(count));
}

/// Copies image `source` of the file into column `column` of part.
void copyImage(const FashionMnistImages &images, std::size_t source, DataPart &part, Eigen::Index column)
{
    std::copy_n(images.image(source), FashionMnistImages::imageBytes, part.pixels.col(column).data());
    part.labels[static_cast<std::size_t>(column)] = images.label(source);
}

/// The training images asked for, checked against what the training files hold.
long checkedTrainSize(const FashionMnistImages &train, const FashionMnistOptions &options)
{
    train.requireAtMost(options.val_size, "val_size");
    const long trainSize = options.train_size.value_or(static_cast<long>(train.count()) - options.val_size);
    train.requireAtMost(options.val_size + trainSize, "val_size + train_size");
    return trainSize;
}

} // namespace

void checkFashionMnist(const FashionMnistOptions &options)
{
    using Read = FashionMnistImages::Read;
    checkedTrainSize(FashionMnistImages(options.path, "train", Read::Headers), options);
    if (options.test_size > 0)
        FashionMnistImages(options.path, "t10k", Read::Headers).requireAtMost(options.test_size, "test_size");
}

Dataset loadFashionMnist(const FashionMnistOptions &options, std::uint64_t seed)
{
    using Read = FashionMnistImages::Read;
    const FashionMnistImages train(options.path, "train", Read::Images);
    std::optional<FashionMnistImages> test;
    if (options.test_size > 0)
        test.emplace(options.path, "t10k", Read::Images);
    return drawFashionMnist(options, seed, train, test ? &*test : nullptr);
}

Dataset drawFashionMnist(const FashionMnistOptions &options, std::uint64_t seed, const FashionMnistImages &train,
                         const FashionMnistImages *test)
{
    const long trainSize = checkedTrainSize(train, options);
    Dataset data;
    data.task = Task::Classification;
    data.inputs = static_cast<Eigen::Index>(FashionMnistImages::imageBytes);
    data.outputs = FashionMnistImages::classCount;
    // Validation and training images are disjoint parts of one seeded shuffle of the file.
    std::vector<Eigen::Index> order(train.count());
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    Random random(seed, RandomStream::DataSplit);
    random.shuffle(order);
    resizePart(data.validation, options.val_size);
    resizePart(data.train, trainSize);
    for (long j = 0; j < options.val_size + trainSize; ++j) {
        const auto source = static_cast<std::size_t>(order[static_cast<std::size_t>(j)]);
        if (j < options.val_size)
            copyImage(train, source, data.validation, j);
        else
            copyImage(train, source, data.train, j - options.val_size);
    }
    if (options.test_size > 0) {
        test->requireAtMost(options.test_size, "test_size");
        resizePart(data.test, options.test_size);
        for (long j = 0; j < options.test_size; ++j)
            copyImage(*test, static_cast<std::size_t>(j), data.test, j);
    }
    return data;
}

} // namespace kobai
