#include "data/FashionMnistImages.h"

#include "data/IdxFile.h"

#include <algorithm>
#include <stdexcept>

namespace kobai {

namespace {
constexpr std::uint32_t imageSide = 28;
/// Images in Fashion-MNIST's training file, the larger of the two.
constexpr std::size_t largestFile = 60000;
} // namespace

FashionMnistImages::FashionMnistImages(const std::string &folder, const std::string &prefix, Read read)
    : imagePath_(findIdxFile(folder, prefix + "-images-idx3-ubyte"))
{
    IdxReader images(imagePath_, 3);
    // Checked before any image is allocated: a damaged header could claim images of a gigabyte.
    if (images.dims()[1] != imageSide || images.dims()[2] != imageSide)
        throw DataFileError(imagePath_ + ": holds images of " + std::to_string(images.dims()[1]) + " × " +
                            std::to_string(images.dims()[2]) + " pixels; Fashion-MNIST's are 28 × 28");
    const std::string labelPath = findIdxFile(folder, prefix + "-labels-idx1-ubyte");
    IdxArray labels = readIdxFile(labelPath, 1);
    if (images.records() != labels.dims[0])
        throw DataFileError(imagePath_ + ": holds " + std::to_string(images.records()) + " images but " +
                            labelPath + " holds " + std::to_string(labels.dims[0]) + " labels");
    for (std::uint8_t label : labels.bytes)
        if (label >= classCount)
            throw DataFileError(labelPath + ": label " + std::to_string(label) + " is not a class 0–9");
    labels_ = std::move(labels.bytes);
    if (read == Read::Headers)
        return;
    // Grown as the data really arrives, a megabyte at a time, as readIdxFile does: the
    // label count agrees with the header, but both files could be damaged alike. Room for
    // the largest real file is made at once, so growing never holds two copies (the
    // process's memory peak is while the 47 MB training images are read).
    const std::size_t total = count() * imageBytes;
    pixels_.reserve(std::min(total, largestFile * imageBytes));
    constexpr std::size_t chunk = std::size_t{1} << 20;
    for (std::size_t done = 0; done < total; done += chunk) {
        const std::size_t size = std::min(chunk, total - done);
        pixels_.resize(done + size);
        images.readBytes(pixels_.data() + done, size);
    }
}

void FashionMnistImages::requireAtMost(long wanted, const std::string &what) const
{
    if (wanted < 0 || static_cast<std::size_t>(wanted) > count())
        throw std::out_of_range(what + " " + std::to_string(wanted) + " exceeds the " + std::to_string(count()) +
                                " images of " + imagePath_);
}

} // namespace kobai
