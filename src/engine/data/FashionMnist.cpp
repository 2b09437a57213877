#include "data/FashionMnist.h"

#include "core/Random.h"
#include "data/IdxFile.h"

#include <numeric>

namespace kobai {

namespace {

constexpr int classCount = 10;

struct ImageFiles {
    IdxArray images;
    IdxArray labels;
    std::string imagePath;
};

ImageFiles readPair(const std::string &folder, const std::string &prefix)
{
    ImageFiles files;
    files.imagePath = findIdxFile(folder, prefix + "-images-idx3-ubyte");
    const std::string labelPath = findIdxFile(folder, prefix + "-labels-idx1-ubyte");
    files.images = readIdxFile(files.imagePath, 3);
    files.labels = readIdxFile(labelPath, 1);
    if (files.images.dims[0] != files.labels.dims[0])
        throw DataFileError(files.imagePath + ": holds " + std::to_string(files.images.dims[0]) +
                            " images but " + labelPath + " holds " + std::to_string(files.labels.dims[0]) +
                            " labels");
    for (std::uint8_t label : files.labels.bytes)
        if (label >= classCount)
            throw DataFileError(labelPath + ": label " + std::to_string(label) + " is not a class 0–9");
    return files;
}

DataPart takeImages(const ImageFiles &files, const std::vector<Eigen::Index> &order, std::size_t begin,
                    std::size_t count)
{
    const Eigen::Index pixelsPerImage = Eigen::Index{files.images.dims[1]} * files.images.dims[2];
    DataPart part;
    part.pixels.resize(pixelsPerImage, static_cast<Eigen::Index>(count));
    part.labels.resize(count);
    for (std::size_t j = 0; j < count; ++j) {
        const Eigen::Index source = order[begin + j];
        std::copy_n(files.images.bytes.data() + source * pixelsPerImage, pixelsPerImage,
                    part.pixels.col(static_cast<Eigen::Index>(j)).data());
        part.labels[j] = files.labels.bytes[static_cast<std::size_t>(source)];
    }
    return part;
}

std::vector<Eigen::Index> identityOrder(std::size_t n)
{
    std::vector<Eigen::Index> order(n);
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    return order;
}

void requireAtMost(long wanted, std::size_t available, const std::string &what, const std::string &file)
{
    if (wanted < 0 || static_cast<std::size_t>(wanted) > available)
        throw std::out_of_range(what + " " + std::to_string(wanted) + " exceeds the " +
                                std::to_string(available) + " images of " + file);
}

} // namespace

Dataset loadFashionMnist(const FashionMnistOptions &options, std::uint64_t seed)
{
    const ImageFiles trainFiles = readPair(options.path, "train");
    const std::size_t available = trainFiles.images.dims[0];
    requireAtMost(options.val_size, available, "val_size", trainFiles.imagePath);
    const long trainSize = options.train_size.value_or(static_cast<long>(available) - options.val_size);
    requireAtMost(options.val_size + trainSize, available, "val_size + train_size", trainFiles.imagePath);

    std::vector<Eigen::Index> order = identityOrder(available);
    Random random(seed, RandomStream::DataSplit);
    random.shuffle(order);

    Dataset data;
    data.task = Task::Classification;
    data.inputs = Eigen::Index{trainFiles.images.dims[1]} * trainFiles.images.dims[2];
    data.outputs = classCount;
    const auto valSize = static_cast<std::size_t>(options.val_size);
    data.validation = takeImages(trainFiles, order, 0, valSize);
    data.train = takeImages(trainFiles, order, valSize, static_cast<std::size_t>(trainSize));

    if (options.test_size > 0) {
        const ImageFiles testFiles = readPair(options.path, "t10k");
        requireAtMost(options.test_size, testFiles.images.dims[0], "test_size", testFiles.imagePath);
        const auto testSize = static_cast<std::size_t>(options.test_size);
        data.test = takeImages(testFiles, identityOrder(testSize), 0, testSize);
    }
    return data;
}

} // namespace kobai
