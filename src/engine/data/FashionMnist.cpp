#include "data/FashionMnist.h"

#include "core/Random.h"
#include "data/IdxFile.h"

#include <numeric>

namespace kobai {

namespace {

constexpr int classCount = 10;
constexpr std::uint32_t imageSide = 28;

/// Where one image of a file goes: a column of a part of the dataset.
struct Destination {
    DataPart *part = nullptr;
    Eigen::Index column = 0;
};

/// The images and labels of one half of the dataset ("train" or "t10k"), checked against each other.
struct ImageFiles {
    std::string imagePath;
    IdxReader images;
    IdxArray labels;

    ImageFiles(const std::string &folder, const std::string &prefix)
        : imagePath(findIdxFile(folder, prefix + "-images-idx3-ubyte")), images(imagePath, 3)
    {
        // Checked before any image is allocated: a damaged header could claim images of a gigabyte.
        if (images.dims()[1] != imageSide || images.dims()[2] != imageSide)
            throw DataFileError(imagePath + ": holds images of " + std::to_string(images.dims()[1]) + " × " +
                                std::to_string(images.dims()[2]) + " pixels; Fashion-MNIST's are 28 × 28");
        const std::string labelPath = findIdxFile(folder, prefix + "-labels-idx1-ubyte");
        labels = readIdxFile(labelPath, 1);
        if (images.records() != labels.dims[0])
            throw DataFileError(imagePath + ": holds " + std::to_string(images.records()) + " images but " +
                                labelPath + " holds " + std::to_string(labels.dims[0]) + " labels");
        for (std::uint8_t label : labels.bytes)
            if (label >= classCount)
                throw DataFileError(labelPath + ": label " + std::to_string(label) + " is not a class 0–9");
    }

    void requireAtMost(long wanted, const std::string &what) const
    {
        if (wanted < 0 || static_cast<std::size_t>(wanted) > images.records())
            throw std::out_of_range(what + " " + std::to_string(wanted) + " exceeds the " +
                                    std::to_string(images.records()) + " images of " + imagePath);
    }

    /// Reads, image by image, only those with a destination (one entry per image of the
    /// file); memory holds the chosen images, never the whole file, and reading stops
    /// after the last one chosen.
    void readChosen(const std::vector<Destination> &destinations)
    {
        std::size_t last = 0;
        for (std::size_t i = 0; i < destinations.size(); ++i)
            if (destinations[i].part)
                last = i + 1;
        for (std::size_t i = 0; i < last; ++i) {
            const Destination &to = destinations[i];
            if (!to.part) {
                images.skip();
                continue;
            }
            images.read(to.part->pixels.col(to.column).data());
            to.part->labels[static_cast<std::size_t>(to.column)] = labels.bytes[i];
        }
    }
};

void resizePart(DataPart &part, Eigen::Index pixels, long count)
{
    part.pixels.resize(pixels, count);
    part.labels.resize(static_cast<std::size_t>(count));
}

/// The training images asked for, checked against what the training files hold.
long checkedTrainSize(const ImageFiles &train, const FashionMnistOptions &options)
{
    train.requireAtMost(options.val_size, "val_size");
    const long trainSize = options.train_size.value_or(static_cast<long>(train.images.records()) - options.val_size);
    train.requireAtMost(options.val_size + trainSize, "val_size + train_size");
    return trainSize;
}

} // namespace

void checkFashionMnist(const FashionMnistOptions &options)
{
    checkedTrainSize(ImageFiles(options.path, "train"), options);
    if (options.test_size > 0)
        ImageFiles(options.path, "t10k").requireAtMost(options.test_size, "test_size");
}

Dataset loadFashionMnist(const FashionMnistOptions &options, std::uint64_t seed)
{
    ImageFiles train(options.path, "train");
    const std::size_t available = train.images.records();
    const long trainSize = checkedTrainSize(train, options);

    Dataset data;
    data.task = Task::Classification;
    data.inputs = static_cast<Eigen::Index>(train.images.recordBytes());
    data.outputs = classCount;
    // Validation and training images are disjoint parts of one seeded shuffle of the file.
    std::vector<Eigen::Index> order(available);
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    Random random(seed, RandomStream::DataSplit);
    random.shuffle(order);
    resizePart(data.validation, data.inputs, options.val_size);
    resizePart(data.train, data.inputs, trainSize);
    std::vector<Destination> destinations(available);
    for (long j = 0; j < options.val_size + trainSize; ++j)
        destinations[static_cast<std::size_t>(order[static_cast<std::size_t>(j)])] =
            j < options.val_size ? Destination{&data.validation, j} : Destination{&data.train, j - options.val_size};
    train.readChosen(destinations);

    if (options.test_size > 0) {
        ImageFiles test(options.path, "t10k");
        test.requireAtMost(options.test_size, "test_size");
        resizePart(data.test, data.inputs, options.test_size);
        std::vector<Destination> first(static_cast<std::size_t>(options.test_size));
        for (long j = 0; j < options.test_size; ++j)
            first[static_cast<std::size_t>(j)] = {&data.test, j};
        test.readChosen(first);
    }
    return data;
}

} // namespace kobai
